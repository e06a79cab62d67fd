package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a volume can be given in. */
@Schema(description = "Unit of a volume: ML millilitre, L litre, US_FL_OZ US fluid ounce (29.5735295625 mL).")
public enum VolumeUnit {
    ML(1.0),
    L(1000.0),
    US_FL_OZ(UnitConstants.ML_PER_US_FL_OZ);

    private final double millilitres;

    VolumeUnit(double millilitres) {
        this.millilitres = millilitres;
    }

    /** Converts a volume in this unit to millilitres. */
    public double toMillilitres(double value) {
        return value * millilitres;
    }
}
