package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** EFSA tonicity bands. */
@Schema(description = "HYPOTONIC under 270, ISOTONIC 270-330, HYPERTONIC over 330 mOsm/kg (EFSA 2011).")
public enum TonicityClass {
    HYPOTONIC,
    ISOTONIC,
    HYPERTONIC
}
