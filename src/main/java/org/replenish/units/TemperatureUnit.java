package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units an air temperature can be given in. */
@Schema(description = "Unit of a temperature: C degree Celsius, F degree Fahrenheit ((F - 32) x 5/9 = C).")
public enum TemperatureUnit {
    C,
    F;

    /** Converts a temperature in this unit to degrees Celsius. */
    public double toCelsius(double value) {
        return this == C ? value : (value - 32.0) * 5.0 / 9.0;
    }
}
