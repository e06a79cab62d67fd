package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a sweat rate can be given in. */
@Schema(description = "Unit of a sweat rate: L_PER_H litres per hour, ML_PER_H millilitres per hour, US_FL_OZ_PER_H US fluid ounces per hour.")
public enum SweatRateUnit {
    L_PER_H(VolumeUnit.L),
    ML_PER_H(VolumeUnit.ML),
    US_FL_OZ_PER_H(VolumeUnit.US_FL_OZ);

    private final VolumeUnit volumeUnit;

    SweatRateUnit(VolumeUnit volumeUnit) {
        this.volumeUnit = volumeUnit;
    }

    /** Converts a rate in this unit to litres per hour. */
    public double toLitresPerHour(double value) {
        return volumeUnit.toMillilitres(value) / 1000.0;
    }
}
