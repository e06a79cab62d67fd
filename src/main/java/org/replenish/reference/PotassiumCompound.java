package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Potassium salts used in supplements; labels often state the salt's mass, not the potassium's. */
@Schema(description = "Potassium salt: POTASSIUM_GLUCONATE (C6H11KO7, 16.7 % K), POTASSIUM_CITRATE (anhydrous K3C6H5O7, 38.3 % K), POTASSIUM_CHLORIDE (KCl, 52.4 % K), POTASSIUM_BICARBONATE (KHCO3, 39.1 % K), POTASSIUM_ASPARTATE (C4H6KNO4, 22.8 % K).")
public enum PotassiumCompound {
    POTASSIUM_GLUCONATE,
    POTASSIUM_CITRATE,
    POTASSIUM_CHLORIDE,
    POTASSIUM_BICARBONATE,
    POTASSIUM_ASPARTATE
}
