package org.replenish.deficit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Amount;
import org.replenish.units.AmountRange;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** One mineral's target, intake, sweat loss and the deficit they come to. */
@Schema(description = "A mineral's daily target, diet gap, sweat loss, replenishment and estimated deficit.")
public record MineralDeficit(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "The daily target for the person's group.", required = true) MineralTarget target,
        @Schema(description = "Usual daily intake from food and drink as given; absent when unknown.") Amount dietaryIntake,
        @Schema(description = "Intake compared with the target: the diet, plus supplementalMagnesium for magnesium; absent when the diet is unknown.") Amount totalIntake,
        @Schema(description = "Target minus total intake, never below 0; absent when intake is unknown or the safety policy withholds it (status URGENT_CARE, TARGET_SET_WITH_CLINICIAN or LOSSES_MAY_BE_MEDICAL).") Amount dietGap,
        @Schema(description = "Sweat loss of all sessions; absent when the status is URGENT_CARE.") AmountRange sweatLoss,
        @Schema(description = "Reported as taken back during and after the sessions; absent when no session reports this mineral (unknown, not zero).") Amount replenished,
        @Schema(description = "Sessions (indices from 0) that do not report what was taken back of this mineral; the low end of unreplacedLoss assumes their loss was replaced, the expected value and high end that it was not.", required = true) List<Integer> replenishmentUnknownInSessions,
        @Schema(description = "Sweat loss minus reported replenishment, never below 0 (see replenishmentUnknownInSessions); absent when the safety policy withholds it (status URGENT_CARE, TARGET_SET_WITH_CLINICIAN or LOSSES_MAY_BE_MEDICAL).") AmountRange unreplacedLoss,
        @Schema(description = "With known intake the balance target + unreplacedLoss - totalIntake, never below 0, point by point; with unknown intake unreplacedLoss alone; absent when the safety policy withholds it (status URGENT_CARE, TARGET_SET_WITH_CLINICIAN or LOSSES_MAY_BE_MEDICAL).") AmountRange deficit,
        @Schema(description = "Expected deficit as a percentage of the target; absent when the deficit is.") Double deficitPercentOfTarget,
        @Schema(description = "What the deficit means: a size class with known intake, or why no dietary class is given.", required = true) DeficitStatus status,
        @Schema(description = "Why the status was chosen, in the language of Content-Language.", required = true) String statusReason,
        @Schema(description = "The status reason with its code and parameters.", required = true) CodedText statusReasonMessage,
        @Schema(description = "Source id behind the status.", required = true) String statusSourceId,
        @Schema(description = "How far the status rule is confirmed.", required = true) Confidence statusTag,
        @Schema(description = "Class of each end of the deficit band; absent when the status is a decision of the safety policy (URGENT_CARE, TARGET_SET_WITH_CLINICIAN, LOSSES_MAY_BE_MEDICAL).") SizeClasses sizeClasses) {
}
