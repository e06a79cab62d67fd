package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a mineral amount can be given in: milligrams, grams, millimoles and milliequivalents. */
@Schema(description = "Unit of a mineral amount: MG milligram, G gram, MMOL millimole, MEQ milliequivalent.")
public enum AmountUnit {
    MG,
    G,
    MMOL,
    MEQ
}
