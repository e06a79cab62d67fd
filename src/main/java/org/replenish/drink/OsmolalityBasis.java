package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an osmolality came from. */
@Schema(description = "LABEL when the label states osmolality, ESTIMATE when computed from sugars and ions.")
public enum OsmolalityBasis {
    LABEL,
    ESTIMATE
}
