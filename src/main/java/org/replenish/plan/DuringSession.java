package org.replenish.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.sweat.SweatRateSource;
import org.replenish.sweat.WorkoutModelSummary;
import org.replenish.units.AmountRange;
import org.replenish.units.AmountSpan;
import org.replenish.units.GramSpan;
import org.replenish.units.VolumeRange;
import org.replenish.units.VolumeSpan;

/** What to drink and take per hour during the session. */
@Schema(description = "Per hour of the session: the expected sweat, the fluid to drink (never above the expected sweat "
        + "rate, its low end when the band is wide, and enough to keep the loss under 2 % of body mass where that does "
        + "not exceed it), the sodium that drinks in the sports-drink range supply at that fluid (never above the "
        + "expected sweat sodium), and carbohydrate by the session's length.")
public record DuringSession(
        @Schema(description = "Expected sweat per hour, in mL; the same model as the deficit estimate's session. Absent when the sweat is not estimated (a child under 12 without a measurement).") VolumeRange expectedSweatRatePerHour,
        @Schema(description = "Where the sweat rate came from.", required = true) SweatRateSource sweatRateSource,
        @Schema(description = "The workout sweat model's figures when sweatRateSource is WORKOUT_MODEL.") WorkoutModelSummary workoutModel,
        @Schema(description = "Fluid to drink per hour, in mL; high never above the expected sweat rate (its low end when the band is wide); for a child under 12 without a measurement, the young athletes' 300-750 mL per hour (AAP 2011).", required = true) VolumeSpan fluidPerHour,
        @Schema(description = "Expected sweat sodium per hour, the same as the deficit estimate's. Absent when the sweat is not estimated or the safety policy withholds sodium figures.") AmountRange expectedSweatSodiumPerHour,
        @Schema(description = "Sodium to take per hour with the fluid: what drinks of 20-30 mEq/L (ACSM 2007) supply at fluidPerHour, at most the expected sweat sodium; 0 for sessions under 60 minutes. Absent when the sweat is not estimated or the safety policy withholds sodium figures.") AmountSpan sodiumPerHour,
        @Schema(description = "Carbohydrate per hour by the session's length, in g; absent for a child under 12.") GramSpan carbohydratePerHour,
        @Schema(description = "What the carbohydrate guidance says for this length.", required = true) CarbohydrateAdvice carbohydrateAdvice,
        @Schema(description = "Source ids of the figures (GET /v1/sources/{id}).", required = true) List<String> sourceIds) {
}
