package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;

/** What a drink check judges, each on its own: the daily targets, the session's losses, the composition guidance. */
@Schema(description = "Three separate answers, so none reads as another: how much of the daily potassium and magnesium "
        + "targets the amount drunk holds (a sports drink is not meant to meet them: food is), how much of the session's "
        + "expected losses it replaces, and how its make-up stands against sports-drink guidance; and a caution where "
        + "one applies. Each is a message with its code and parameters.")
public record DrinkSummary(
        @Schema(description = "The daily targets: DAILY_TARGET_SHARES or DAILY_TARGET_NOT_JUDGED.", required = true) CodedText dailyTargets,
        @Schema(description = "The session's losses: SESSION_LOSS_SHARES, SESSION_NOT_GIVEN or SESSION_NOT_JUDGED.", required = true) CodedText sessionLosses,
        @Schema(description = "The composition guidance: COMPOSITION_AGAINST_GUIDANCE.", required = true) CodedText composition,
        @Schema(description = "A caution, where one applies: POTASSIUM_RICH_RISK_UNKNOWN (a potassium-rich drink and no risk factors given).") CodedText caution) {
}
