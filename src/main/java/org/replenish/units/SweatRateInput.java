package org.replenish.units;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured sweat rate as a client holds it. */
@Schema(description = "A measured sweat rate in the client's unit; at most 6 L/h once converted.")
public record SweatRateInput(
        @Schema(description = "The sweat rate, in the given unit: 0, or from 0.001 to 100000.", required = true, minimum = "0")
        @NotNull @PositiveOrZero @Magnitude Double value,
        @Schema(description = "Unit of the sweat rate.", required = true)
        @NotNull SweatRateUnit unit) {

    public double litresPerHour() {
        return unit.toLitresPerHour(value);
    }
}
