package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.Assumption;
import org.replenish.safety.SafetyFlag;
import org.replenish.safety.SafetyPolicyResult;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Rendered;

/** The answer of POST /v1/potassium/capsule-comparisons. */
@Schema(description = "A potassium target set against the 99 mg capsule limit and against foods. Arithmetic context, never a dose.")
public record CapsuleComparison(
        @Schema(description = "The capsule limit.", required = true) CapsuleLimit capsuleLimit,
        @Schema(description = "The target compared.", required = true) ComparisonTarget target,
        @Schema(description = "What the one safety policy decided; the figures obey its decision for POTASSIUM.", required = true) SafetyPolicyResult safetyPolicy,
        @Schema(description = "Target minus intake, never below 0; absent without an intake, or when the safety policy withholds potassium's target arithmetic (URGENT_CARE, TARGET_SET_WITH_CLINICIAN, LOSSES_MAY_BE_MEDICAL).") Amount gap,
        @Schema(description = "One 99 mg capsule as a percentage of the target, in %; absent when the safety policy withholds potassium's target arithmetic.") Double capsuleShareOfTargetPercent,
        @Schema(description = "The target divided by the 99 mg of one capsule: arithmetic context, not a number of capsules. Absent when the safety policy withholds counts (any decision for POTASSIUM other than ARITHMETIC).") Double targetAsMultipleOfCapsule,
        @Schema(description = "The gap divided by the 99 mg of one capsule: arithmetic context, not a number of capsules. Absent without a gap or when the safety policy withholds counts.") Double gapAsMultipleOfCapsule,
        @Schema(description = "Whether capsule and serving counts were withheld: the safety policy's decision for POTASSIUM is not ARITHMETIC.", required = true) boolean countsWithheld,
        @Schema(description = "The product, when given.") ProductAssessment product,
        @Schema(description = "Potassium-rich foods, largest portion first; their portion counts follow the safety policy.", required = true) List<FoodEquivalent> foodEquivalents,
        @Schema(description = "Safety flags, most severe first.", required = true) List<SafetyFlag> safety,
        @Schema(description = "What the reported symptoms that are no red flag do and do not indicate (cramps are mostly neuromuscular, not proof of a deficiency; NOTE codes); empty when none.", required = true) List<CodedText> symptomNotes,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "What the numbers are and are not.", required = true) List<String> notes,
        @Schema(description = "The notes with their codes and parameters, in the same order.", required = true) List<CodedText> noteMessages,
        @Schema(description = "Every default used, e.g. LABEL_DAILY_VALUE_TARGET when neither target nor person was given.", required = true) List<Assumption> assumptions,
        @Schema(description = "Version of the reference data.", required = true) String referenceDataVersion,
        @Schema(description = "The result is arithmetic, not advice; in the language of Content-Language.", required = true) String disclaimer) {
}
