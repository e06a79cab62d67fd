package org.replenish.sweat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.EnergyUnit;
import org.replenish.units.Magnitude;
import org.replenish.vocabulary.EnergyKind;

/** The energy a session took, as a fitness export holds it. */
@Schema(description = "Energy expended in the session, as a watch or fitness app exports it. Needs the person's "
        + "bodyMass and height. Never a cycling power meter's work in kJ (Strava's kilojoules): that is mechanical work, "
        + "about a quarter of the energy expended.")
public record EnergyExpended(
        @Schema(description = "The energy, in the given unit, from 0.001 to 100000; at most 25 kcal per kg of body mass per hour of the session (with resting energy added to ACTIVE).", required = true, exclusiveMinimum = true, minimum = "0")
        @NotNull @Positive @Magnitude(message = "must be from {min} to {max}") Double value,
        @Schema(description = "Unit of the energy.", required = true)
        @NotNull EnergyUnit unit,
        @Schema(description = "Whether the figure is active energy (above resting) or total energy.", required = true)
        @NotNull EnergyKind kind) {

    public double kilocalories() {
        return unit.toKilocalories(value);
    }

    /** The resting energy an ACTIVE figure leaves out over the session (none for TOTAL), in kcal. */
    public double restingLeftOutKilocalories(double restingKcalPerKgPerHour, double kilograms, double hours) {
        return kind == EnergyKind.ACTIVE ? restingKcalPerKgPerHour * kilograms * hours : 0;
    }

    /** The session's whole energy, resting included, in kcal. */
    public double totalKilocalories(double restingKcalPerKgPerHour, double kilograms, double hours) {
        return kilocalories() + restingLeftOutKilocalories(restingKcalPerKgPerHour, kilograms, hours);
    }
}
