package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the label's carbohydrate mostly is; it decides how many particles a gram adds to osmolality. */
@Schema(description = "Main carbohydrate of the drink: MONOSACCHARIDE (glucose, dextrose, fructose: about 5.55 mOsm per g/L), SUCROSE (about 2.92 mOsm per g/L), SUCROSE_AND_GLUCOSE (sucrose with glucose, dextrose or fructose in proportions the label does not give: the estimate spans both, equal masses expected), GLUCOSE_FRUCTOSE_SYRUP (high-fructose corn or glucose-fructose syrup: counted as monosaccharides, the low end allowing a tenth of larger sugars) or UNKNOWN (the estimate spans sucrose to monosaccharide).")
public enum CarbohydrateType {
    MONOSACCHARIDE,
    SUCROSE,
    SUCROSE_AND_GLUCOSE,
    GLUCOSE_FRUCTOSE_SYRUP,
    UNKNOWN
}
