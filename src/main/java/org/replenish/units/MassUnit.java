package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a body mass can be given in. */
@Schema(description = "Unit of a body mass: KG kilogram, LB avoirdupois pound (0.45359237 kg).")
public enum MassUnit {
    KG(1.0),
    LB(UnitConstants.KG_PER_LB);

    private final double kilograms;

    MassUnit(double kilograms) {
        this.kilograms = kilograms;
    }

    /** Converts a mass in this unit to kilograms. */
    public double toKilograms(double value) {
        return value * kilograms;
    }
}
