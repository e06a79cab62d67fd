package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.Rendered;

/** A verdict against the daily target, with the numbers that decided it and the source of its thresholds. */
@Schema(description = "Whether the drink supplies the daily target of a mineral: the amount drunk (with a session, counted up to the session's expected sweat volume) and, separately, the 360 mL reference amount, each as a share of the person's daily target or, without a person, the Daily Value. Thresholds and rationale in drink-guidance.json (verdictRules).")
public record Verdict(
        @Schema(description = "The verdict for the amount drunk.", required = true) AdequacyVerdict verdict,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Why, with the deciding numbers, in the language of Content-Language.", required = true) List<String> reasons,
        @Schema(description = "The reasons with their codes and parameters, in the same order.", required = true) List<CodedText> reasonMessages,
        @Schema(description = "The daily target the amounts are held against; absent when the label lacks the mineral.") Amount target,
        @Schema(description = "The amount drunk (counted up to the session's expected sweat volume) as a percentage of the daily target, in %; absent when the label lacks the mineral.") Double percentOfTargetDrunk,
        @Schema(description = "The verdict for one 360 mL reference amount (the US reference amount of a beverage, 21 CFR 101.12), independent of the label's serving size; absent when the label lacks the mineral, and with an EFSA target, which EU labelling reads per 100 mL and per serving instead.") AdequacyVerdict referenceAmountVerdict,
        @Schema(description = "One 360 mL US reference amount as a percentage of the daily target, in %; absent when the label lacks the mineral and with an EFSA target.") Double percentOfTargetPerReferenceAmount,
        @Schema(description = "100 mL of the drink as a percentage of the daily target, in %, as EU labelling reads a beverage; absent when the label lacks the mineral.") Double percentOfTargetPer100mL,
        @Schema(description = "One label serving as a percentage of the daily target, in %; absent when the label lacks the mineral.") Double percentOfTargetPerServing,
        @Schema(description = "Source id of the verdict thresholds.", required = true) String sourceId,
        @Schema(description = "Confidence tag of the verdict thresholds (M: a Replenish design choice).", required = true) Confidence tag) {
}
