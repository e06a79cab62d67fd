package org.replenish.units;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An air temperature as a client holds it. The value may be negative, so it has a plain range here and the plausible
 * range once converted is checked where the session is (PlausibleSession).
 */
@Schema(description = "An air temperature in the client's unit; must convert to -40 to 60 °C.")
public record TemperatureInput(
        @Schema(description = "The temperature, in the given unit, from -100 to 200.", required = true, minimum = "-100", maximum = "200")
        @NotNull @DecimalMin("-100") @DecimalMax("200") Double value,
        @Schema(description = "Unit of the temperature.", required = true)
        @NotNull TemperatureUnit unit) {

    public double celsius() {
        return unit.toCelsius(value);
    }
}
