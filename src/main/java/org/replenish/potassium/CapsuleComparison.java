package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.Assumption;
import org.replenish.safety.SafetyFlag;
import org.replenish.units.Amount;

/** The answer of POST /v1/potassium/capsule-comparisons. */
@Schema(description = "A potassium target set against the 99 mg capsule limit and against foods. Arithmetic context, never a dose.")
public record CapsuleComparison(
        @Schema(description = "The capsule limit.", required = true) CapsuleLimit capsuleLimit,
        @Schema(description = "The target compared.", required = true) ComparisonTarget target,
        @Schema(description = "Target minus intake, never below 0; absent without an intake.") Amount gap,
        @Schema(description = "One 99 mg capsule as a percentage of the target, in %.", required = true) double capsuleShareOfTargetPercent,
        @Schema(description = "Deprecated and no longer filled; see targetAsMultipleOfCapsule.") DeprecatedCount capsulesToMatchTarget,
        @Schema(description = "Deprecated and no longer filled; see gapAsMultipleOfCapsule.") DeprecatedCount capsulesToCloseGap,
        @Schema(description = "The target divided by the 99 mg of one capsule: arithmetic context, not a number of capsules. Absent when withheld for safety.") Double targetAsMultipleOfCapsule,
        @Schema(description = "The gap divided by the 99 mg of one capsule: arithmetic context, not a number of capsules. Absent without a gap or when withheld for safety.") Double gapAsMultipleOfCapsule,
        @Schema(description = "Whether counts were withheld because a safety flag routes potassium supplements to a clinician.", required = true) boolean countsWithheld,
        @Schema(description = "The product, when given.") ProductAssessment product,
        @Schema(description = "Potassium-rich foods, largest portion first.", required = true) List<FoodEquivalent> foodEquivalents,
        @Schema(description = "Safety flags, most severe first.", required = true) List<SafetyFlag> safety,
        @Schema(description = "What the numbers are and are not.", required = true) List<String> notes,
        @Schema(description = "The notes with their codes and parameters, in the same order.", required = true) List<CodedText> noteMessages,
        @Schema(description = "Every default used, e.g. LABEL_DAILY_VALUE_TARGET when neither target nor person was given.", required = true) List<Assumption> assumptions,
        @Schema(description = "Version of the reference data.", required = true) String referenceDataVersion,
        @Schema(description = "The result is arithmetic, not advice.", required = true) String disclaimer) {
}
