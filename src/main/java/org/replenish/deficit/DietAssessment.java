package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.codes.Texts;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.Rendered;

/** The usual diet judged against the reference intake: one of the three separate quantities of sheet 7. */
@Schema(description = "The usual intake judged against the reference intake (target), on its own: today's sweat is in sweat, safety in safetyPolicy.")
public record DietAssessment(
        @Schema(description = "How the total intake compares with the reference intake.", required = true) DietStatus status,
        @Schema(description = "Reference intake minus total intake, never below 0: how far the diet is below the reference, not a deficit. Absent when intake is unknown, below an EFSA safe-and-adequate level (no target to reach), or when the safety policy withholds it (status URGENT_CARE, TARGET_SET_WITH_CLINICIAN or LOSSES_MAY_BE_MEDICAL).") Amount belowReferenceBy,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Why the status was chosen, in the language of Content-Language; names the EAR where one is compared.", required = true) String reason,
        @Schema(description = "The reason with its code and parameters.", required = true) CodedText reasonMessage,
        @Schema(description = "Source id behind the status.", required = true) String sourceId,
        @Schema(description = "How far the status rule is confirmed.", required = true) Confidence tag) {

    /** The assessment with its reason in the language of texts. */
    static DietAssessment of(DietStatus status, Amount belowReferenceBy, StatusReason reason, Texts texts) {
        CodedText text = CodedText.of(reason.reason(), texts);
        return new DietAssessment(status, belowReferenceBy, text.text(), text, reason.sourceId(), reason.tag());
    }
}
