package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units an energy can be given in. */
@Schema(description = "Unit of an energy: KCAL kilocalorie (the food calorie, 4.184 kJ), KJ kilojoule.")
public enum EnergyUnit {
    KCAL(1.0),
    KJ(1.0 / UnitConstants.KJ_PER_KCAL);

    private final double kilocalories;

    EnergyUnit(double kilocalories) {
        this.kilocalories = kilocalories;
    }

    /** Converts an energy in this unit to kilocalories. */
    public double toKilocalories(double value) {
        return value * kilocalories;
    }

    /** Converts kilocalories to this unit. */
    public double fromKilocalories(double kcal) {
        return kcal / kilocalories;
    }
}
