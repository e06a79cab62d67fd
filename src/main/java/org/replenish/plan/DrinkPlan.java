package org.replenish.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.units.AmountSpan;
import org.replenish.units.GramSpan;
import org.replenish.units.VolumeSpan;

/** One of the supplied drinks held against the plan. */
@Schema(description = "One supplied drink at the plan's fluid per hour: what that volume supplies of sodium and "
        + "carbohydrate, whether it reaches the plan, and what is missing.")
public record DrinkPlan(
        @Schema(description = "Position of the drink in the request, from 0.", required = true) int index,
        @Schema(description = "The drink's name as given.") String name,
        @Schema(description = "Volume of the drink per hour, in mL: the plan's fluidPerHour.", required = true) VolumeSpan volumePerHour,
        @Schema(description = "Sodium that volume supplies per hour; absent when the label states no sodium or salt.") AmountSpan sodiumPerHour,
        @Schema(description = "Carbohydrate that volume supplies per hour, in g; absent when the label states none.") GramSpan carbohydratePerHour,
        @Schema(description = "Whether the drink reaches the plan's sodium per hour at the plan's fluid; absent when the plan gives no sodium figure or the label none.") Boolean meetsSodium,
        @Schema(description = "Whether the drink reaches the plan's carbohydrate per hour at the plan's fluid; absent when the plan gives no carbohydrate figure.") Boolean meetsCarbohydrate,
        @Schema(description = "What is missing or calls for care, in words and codes (PLAN_NOTE set of GET /v1/codes); empty when nothing.", required = true) List<CodedText> notes) {
}
