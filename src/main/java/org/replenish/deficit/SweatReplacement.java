package org.replenish.deficit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.codes.Texts;
import org.replenish.units.Amount;
import org.replenish.units.AmountRange;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.Rendered;

/** Today's sweat losses and what is left to replace: one of the three separate quantities of sheet 7. */
@Schema(description = "Today's sweat losses, what was taken back and what is left to replace, kept apart from the diet's judgement.")
public record SweatReplacement(
        @Schema(description = "What the sweat figures come to.", required = true) SweatStatus status,
        @Schema(description = "Sweat loss of all sessions; absent without sessions, when none could be estimated, or when the status is URGENT_CARE.") AmountRange loss,
        @Schema(description = "Sodium and chloride only: the part of the loss their AIs already allow for (the first minutes of the day's activity, see the assumption ACTIVITY_IN_ADEQUATE_INTAKE); absent for the other minerals and when loss is.") AmountRange coveredByReferenceIntake,
        @Schema(description = "Reported as taken back during and after the sessions, all sessions together; absent when no session reports this mineral (unknown, not zero).") Amount replenished,
        @Schema(description = "Sessions (indices from 0) that do not report what was taken back of this mineral; the low end of unreplacedLoss and toReplace assumes their loss was replaced, the expected value and high end that it was not.", required = true) List<Integer> replenishmentUnknownInSessions,
        @Schema(description = "Loss minus replenished, never below 0; absent when loss is or the safety policy withholds it (status TARGET_SET_WITH_CLINICIAN or LOSSES_MAY_BE_MEDICAL).") AmountRange unreplacedLoss,
        @Schema(description = "Total usual intake above the reference intake, which also offsets today's losses; absent when intake is unknown (then counted as 0) or withheld with unreplacedLoss.") Amount dietarySurplus,
        @Schema(description = "What is left to replace: loss - coveredByReferenceIntake - replenished - dietarySurplus, never below 0, point by point. Not a dose. Absent when unreplacedLoss is.") AmountRange toReplace,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Why the status was chosen, in the language of Content-Language.", required = true) String reason,
        @Schema(description = "The reason with its code and parameters.", required = true) CodedText reasonMessage,
        @Schema(description = "Source id behind the status.", required = true) String sourceId,
        @Schema(description = "How far the status rule is confirmed.", required = true) Confidence tag) {

    /** The sweat part with its reason in the language of texts. */
    static SweatReplacement of(SweatStatus status, AmountRange loss, AmountRange coveredByReferenceIntake,
                               Amount replenished, List<Integer> replenishmentUnknownInSessions,
                               AmountRange unreplacedLoss, Amount dietarySurplus, AmountRange toReplace,
                               StatusReason reason, Texts texts) {
        CodedText text = CodedText.of(reason.reason(), texts);
        return new SweatReplacement(status, loss, coveredByReferenceIntake, replenished, replenishmentUnknownInSessions,
                unreplacedLoss, dietarySurplus, toReplace, text.text(), text, reason.sourceId(), reason.tag());
    }
}
