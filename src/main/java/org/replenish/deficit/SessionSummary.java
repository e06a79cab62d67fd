package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.sweat.SweatRateSource;
import org.replenish.sweat.SweatSodiumSource;
import org.replenish.sweat.WorkoutModelSummary;
import org.replenish.units.VolumeRange;

/** How one session's sweat was estimated. */
@Schema(description = "One session's sweat volume and where its inputs came from.")
public record SessionSummary(
        @Schema(description = "Position of the session in the request, from 0.", required = true) int index,
        @Schema(description = "Duration in minutes.", required = true) double durationMinutes,
        @Schema(description = "Sweat volume of the session, in mL; absent in an urgent answer (safetyPolicy.urgent).") VolumeRange sweatLoss,
        @Schema(description = "Where the sweat volume came from.", required = true) SweatRateSource sweatRateSource,
        @Schema(description = "Where the sweat sodium concentration came from.", required = true) SweatSodiumSource sweatSodiumSource,
        @Schema(description = "Body-mass change in percent, negative for a loss; absent without masses.") Double bodyMassChangePercent,
        @Schema(description = "The workout sweat model's figures when sweatRateSource is WORKOUT_MODEL; absent otherwise and in an urgent answer.") WorkoutModelSummary workoutModel) {
}
