package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units an EU label states salt in. */
@Schema(description = "Unit of salt on a label: G gram (as EU labels print it), MG milligram.")
public enum SaltUnit {
    G(1.0),
    MG(0.001);

    private final double grams;

    SaltUnit(double grams) {
        this.grams = grams;
    }

    /** Converts an amount of salt in this unit to grams. */
    public double toGrams(double value) {
        return value * grams;
    }
}
