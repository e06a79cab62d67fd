package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The FDA nutrient-content claim the reference amount customarily consumed would support. */
@Schema(description = "Nutrient-content claim (21 CFR 101.54) per 360 mL reference amount of a beverage (21 CFR 101.12): HIGH 20 % DV or more, GOOD 10-19 % DV, NONE under 10 % or not on the label.")
public enum SourceClaim {
    HIGH,
    GOOD,
    NONE
}
