package org.replenish.sweat;

import org.replenish.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.SweatSodiumProfile;
import org.replenish.units.ConcentrationInput;
import org.replenish.units.MineralAmounts;
import org.replenish.units.SweatRateInput;
import org.replenish.vocabulary.Sport;

/** One exercise session: how long, what activity in what air, how much sweat, how salty, and what was taken back. */
@Schema(description = "One exercise session. Sweat volume comes from at most one of sweatRate or bodyMassChange; without either, from the workout sweat model when the person's bodyMass and height are given (with the sport's MET value, or energyExpended, and the environment), else the population default for the sport. Sweat sodium from at most one of sweatSodium or sweatSodiumProfile, else the whole-body default.")
@ExactlyOneOf(value = {"sweatRate", "bodyMassChange"}, required = false, reportBothOn = "sweatRate")
@ExactlyOneOf(value = {"sweatSodium", "sweatSodiumProfile"}, required = false, reportBothOn = "sweatSodium")
@PlausibleSession
public record ExerciseSession(
        @Schema(description = "Duration in minutes, 1 to 1440.", required = true, minimum = "1", maximum = "1440")
        @NotNull @DecimalMin("1") @DecimalMax("1440") Double durationMinutes,
        @Schema(description = "Activity, which picks the workout model's MET value and the population sweat-rate default when no measurement is given; OTHER when absent. Ignored when sweatRate or bodyMassChange is given.")
        Sport sport,
        @Schema(description = "Energy expended in the session, as a fitness export holds it; for the workout sweat model. Needs person.bodyMass and person.height.")
        @Valid EnergyExpended energyExpended,
        @Schema(description = "The air of the session, for the workout sweat model. Needs person.bodyMass and person.height.")
        @Valid Environment environment,
        @Schema(description = "Measured whole-body sweat rate; at most 6 L/h. Not together with bodyMassChange.")
        @Valid SweatRateInput sweatRate,
        @Schema(description = "Body-mass change for the field method. Not together with sweatRate.")
        @Valid BodyMassChange bodyMassChange,
        @Schema(description = "Sweat sodium concentration from a sweat test; at most 200 mmol/L. Not together with sweatSodiumProfile. A regional (patch) value is converted to whole-body (see sweatSodiumSite), and chloride follows it.")
        @Valid ConcentrationInput sweatSodium,
        @Schema(description = "Where sweatSodium was measured; only with sweatSodium. Absent: taken as a regional patch value and converted.")
        SweatTestSite sweatSodiumSite,
        @Schema(description = "Self-reported sweat-sodium group. Not together with sweatSodium.")
        SweatSodiumProfile sweatSodiumProfile,
        @Schema(description = "Minerals taken during and after this session (drinks, food, tablets); each optional.")
        @Valid @PlausibleDailyAmount MineralAmounts replenished) {
}
