package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.vocabulary.Rendered;

/** Sodium, where replacing sweat losses is what the guidance is about. */
@Schema(description = "Sodium against the session's sweat sodium loss (with a session) and against the ACSM 2007 (20-30 mEq/L) and EFSA 2011 (20-50 mmol/L) concentration ranges. Fields other than onLabel, reasons and sourceIds are absent when the label lacks sodium or, for the replacement, without a session or when the safety policy withholds sodium's target arithmetic (URGENT_CARE, LOSSES_MAY_BE_MEDICAL).")
public record SodiumAssessment(
        @Schema(description = "Whether the label states sodium.", required = true) boolean onLabel,
        @Schema(description = "Sodium counted (drunk, up to the session's expected sweat volume) as a percentage of the session's sweat sodium loss band.") PercentRange sweatLossReplacedPercent,
        @Schema(description = "Replacement of the session's expected sweat sodium loss.") ReplacementVerdict replacement,
        @Schema(description = "Concentration against ACSM 2007, 20-30 mEq/L.") RangePosition acsmPosition,
        @Schema(description = "Concentration against EFSA 2011, 20-50 mmol/L.") RangePosition efsaPosition,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Why, with the deciding numbers, in the language of Content-Language.", required = true) List<String> reasons,
        @Schema(description = "The reasons with their codes and parameters, in the same order.", required = true) List<CodedText> reasonMessages,
        @Schema(description = "Source ids of the ranges and thresholds used.", required = true) List<String> sourceIds) {
}
