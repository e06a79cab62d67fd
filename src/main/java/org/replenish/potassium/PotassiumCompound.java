package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Potassium salts used in supplements; labels often state the salt's mass, not the potassium's. */
@Schema(description = "Potassium salt, read as the form labels mean: POTASSIUM_GLUCONATE (C6H11KO7, 16.7 % K), POTASSIUM_CITRATE (the monohydrate K3C6H5O7·H2O that pharmacopoeias list, 36.2 % K), POTASSIUM_CITRATE_ANHYDROUS (K3C6H5O7, 38.3 % K), POTASSIUM_CHLORIDE (KCl, 52.4 % K), POTASSIUM_BICARBONATE (KHCO3, 39.1 % K), POTASSIUM_ASPARTATE (the common hemihydrate C4H6KNO4·½H2O, 21.7 % K), POTASSIUM_ASPARTATE_ANHYDROUS (C4H6KNO4, 22.8 % K).")
public enum PotassiumCompound {
    POTASSIUM_GLUCONATE,
    POTASSIUM_CITRATE,
    POTASSIUM_CITRATE_ANHYDROUS,
    POTASSIUM_CHLORIDE,
    POTASSIUM_BICARBONATE,
    POTASSIUM_ASPARTATE,
    POTASSIUM_ASPARTATE_ANHYDROUS
}
