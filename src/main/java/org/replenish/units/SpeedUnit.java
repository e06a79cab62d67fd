package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a wind speed can be given in. */
@Schema(description = "Unit of a speed: M_PER_S metre per second, KM_PER_H kilometre per hour, MPH international mile per hour (0.44704 m/s).")
public enum SpeedUnit {
    M_PER_S(1.0),
    KM_PER_H(1000.0 / 3600.0),
    MPH(UnitConstants.M_PER_S_PER_MPH);

    private final double metresPerSecond;

    SpeedUnit(double metresPerSecond) {
        this.metresPerSecond = metresPerSecond;
    }

    /** Converts a speed in this unit to metres per second. */
    public double toMetresPerSecond(double value) {
        return value * metresPerSecond;
    }
}
