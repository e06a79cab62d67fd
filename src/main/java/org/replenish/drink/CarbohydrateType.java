package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the label's carbohydrate mostly is; it decides how many particles a gram adds to osmolality. */
@Schema(description = "Main carbohydrate of the drink: MONOSACCHARIDE (glucose, dextrose, fructose: about 5.55 mOsm per g/L), SUCROSE (about 2.92 mOsm per g/L) or UNKNOWN (the estimate spans both).")
public enum CarbohydrateType {
    MONOSACCHARIDE,
    SUCROSE,
    UNKNOWN
}
