package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The FDA nutrient-content claim a serving would support. */
@Schema(description = "Nutrient-content claim a serving supports (21 CFR 101.54): HIGH 20 % DV or more, GOOD 10-19 % DV, NONE under 10 % or not on the label.")
public enum SourceClaim {
    HIGH,
    GOOD,
    NONE
}
