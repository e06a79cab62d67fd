package org.replenish.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountSpan;
import org.replenish.units.VolumeSpan;

/** What to take back after the session, from the loss the plan leaves. */
@Schema(description = "After the session: fluid of 1.25-1.5 L per kg of the loss the plan leaves, computed from the low "
        + "end of the expected sweat so that an overestimated sweat rate cannot lead anyone to over-drink (weigh before "
        + "and after for a measured figure), and the sodium to take with meals.")
public record AfterSession(
        @Schema(description = "Fluid after the session, in mL. Absent when the sweat is not estimated: weigh before and after instead.") VolumeSpan fluid,
        @Schema(description = "Sodium to take with meals: the low end of the expected sweat sodium less what the plan's drinks supplied. Absent when the sweat is not estimated or the safety policy withholds sodium figures.") AmountSpan sodiumWithMeals,
        @Schema(description = "Source ids of the figures (GET /v1/sources/{id}).", required = true) List<String> sourceIds) {
}
