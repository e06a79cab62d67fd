package org.replenish.deficit;

import org.replenish.codes.ReasonCode;
import org.replenish.codes.Message;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;

/**
 * Chooses a mineral's status, first rule that holds: the target does not apply (the potassium AI with impaired
 * potassium excretion, NASEM 2019 via PMC9932710); losses may be medical (sheet 7.4); intake unknown, so the figure is a
 * sweat loss to replace; otherwise the size class of the expected deficit, with the classes of both band ends. Pure.
 */
final class StatusRule {

    /** The status with its reason, source and the classes of the band (null when the status is not a size). */
    record Decision(DeficitStatus status, Message reason, String sourceId, Confidence tag, SizeClasses sizes) {
    }

    /** Why a mineral's figure is not a plain dietary balance, if it is not; null fields mean the rule does not hold. */
    record Context(RiskFactor targetDoesNotApplyBecause, RiskFactor medicalLossFrom, RiskFactorInfo medicalLossInfo,
                   boolean intakeKnown) {
    }

    private final DeficitSettings settings;

    StatusRule(DeficitSettings settings) {
        this.settings = settings;
    }

    Decision decide(Mineral mineral, Band deficitMg, double targetMg, Context context) {
        if (context.targetDoesNotApplyBecause() != null) {
            DeficitSettings.SourceRef source = settings.statusSources().targetDoesNotApply();
            return new Decision(DeficitStatus.TARGET_DOES_NOT_APPLY, Message.of(ReasonCode.STATUS_TARGET_DOES_NOT_APPLY,
                    "mineral", mineral, "riskFactor", context.targetDoesNotApplyBecause()),
                    source.sourceId(), source.tag(), null);
        }
        if (context.medicalLossFrom() != null) {
            RiskFactorInfo info = context.medicalLossInfo();
            return new Decision(DeficitStatus.LOSSES_MAY_BE_MEDICAL, Message.of(ReasonCode.STATUS_LOSSES_MAY_BE_MEDICAL,
                    "riskFactor", context.medicalLossFrom(), "explanation", info.explanation()),
                    info.sourceId(), info.tag(), null);
        }
        SizeClasses sizes = sizes(deficitMg, targetMg);
        if (!context.intakeKnown()) {
            DeficitSettings.SourceRef source = settings.statusSources().sweatLossToReplace();
            return new Decision(DeficitStatus.SWEAT_LOSS_TO_REPLACE, Message.of(ReasonCode.STATUS_SWEAT_LOSS_TO_REPLACE,
                    "mineral", mineral, "expectedMg", Numbers.tenth(deficitMg.expected())),
                    source.sourceId(), source.tag(), sizes);
        }
        return new Decision(DeficitStatus.valueOf(sizes.expected().name()), Message.of(ReasonCode.STATUS_DEFICIT_SIZE,
                "percentOfTarget", Numbers.tenth(deficitMg.expected() / targetMg * 100), "lowClass", sizes.low(),
                "highClass", sizes.high()), sizes.sourceId(), sizes.tag(), sizes);
    }

    private SizeClasses sizes(Band deficitMg, double targetMg) {
        DeficitSettings.StatusThresholds t = settings.statusThresholds();
        return new SizeClasses(size(deficitMg.low() / targetMg), size(deficitMg.expected() / targetMg),
                size(deficitMg.high() / targetMg), t.sourceId(), t.tag());
    }

    DeficitSize size(double shareOfTarget) {
        DeficitSettings.StatusThresholds t = settings.statusThresholds();
        if (shareOfTarget >= t.largeFromShareOfTarget()) {
            return DeficitSize.LARGE;
        }
        if (shareOfTarget >= t.moderateFromShareOfTarget()) {
            return DeficitSize.MODERATE;
        }
        return shareOfTarget >= t.mildFromShareOfTarget() ? DeficitSize.MILD : DeficitSize.NONE;
    }
}
