package org.replenish.deficit;

import java.util.Locale;
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
    record Decision(DeficitStatus status, String reason, String sourceId, Confidence tag, SizeClasses sizes) {
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
        String name = mineral.name().toLowerCase(Locale.ROOT);
        if (context.targetDoesNotApplyBecause() != null) {
            DeficitSettings.SourceRef source = settings.statusSources().targetDoesNotApply();
            return new Decision(DeficitStatus.TARGET_DOES_NOT_APPLY, "The " + name + " target does not apply with "
                    + "impaired " + name + " excretion (reported: " + context.targetDoesNotApplyBecause() + "), so no "
                    + "diet gap or class is given; plan " + name + ", including food " + name + ", with a clinician.",
                    source.sourceId(), source.tag(), null);
        }
        if (context.medicalLossFrom() != null) {
            RiskFactorInfo info = context.medicalLossInfo();
            return new Decision(DeficitStatus.LOSSES_MAY_BE_MEDICAL, "Reported " + context.medicalLossFrom() + ": "
                    + info.explanation() + " Losses may have a medical cause that diet arithmetic does not capture, so "
                    + "no dietary class is given; a clinician can say whether a blood test is needed.",
                    info.sourceId(), info.tag(), null);
        }
        SizeClasses sizes = sizes(deficitMg, targetMg);
        if (!context.intakeKnown()) {
            DeficitSettings.SourceRef source = settings.statusSources().sweatLossToReplace();
            return new Decision(DeficitStatus.SWEAT_LOSS_TO_REPLACE, "Usual " + name + " intake is unknown: the figure "
                    + "is sweat loss not yet replaced (" + Numbers.oneDecimal(deficitMg.expected()) + " mg expected), "
                    + "not a dietary deficiency; usual food and drink may already cover it.",
                    source.sourceId(), source.tag(), sizes);
        }
        return new Decision(DeficitStatus.valueOf(sizes.expected().name()), "Class of the expected deficit, "
                + Numbers.oneDecimal(deficitMg.expected() / targetMg * 100) + " % of the target; the band "
                + "runs from " + sizes.low() + " to " + sizes.high() + ".", sizes.sourceId(), sizes.tag(), sizes);
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
