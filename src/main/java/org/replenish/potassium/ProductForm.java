package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The physical form of a potassium product; the 99 mg limit concerns solid units only. */
@Schema(description = "Product form. The 99 mg per-unit limit concerns solid units (CAPSULE, TABLET, SOFTGEL, GUMMY), not POWDER or LIQUID.")
public enum ProductForm {
    CAPSULE,
    TABLET,
    SOFTGEL,
    GUMMY,
    POWDER,
    LIQUID
}
