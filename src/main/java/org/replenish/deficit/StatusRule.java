package org.replenish.deficit;

import java.util.List;
import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.reference.RiskFactorTable;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;

/**
 * Chooses a mineral's status. The safety policy's decision comes first, strongest wins: urgent care; the target set
 * with a clinician (risk of excess; for impaired potassium excretion the AI does not apply, NASEM 2019 via
 * PMC9932710); losses that may be medical (sheet 7.4). Then: intake unknown, so the figure is a sweat loss to
 * replace; otherwise the size class of the expected deficit, with the classes of both band ends. Pure.
 */
final class StatusRule {

    /** The status with its reason, source and the classes of the band (null when the status is not a size). */
    record Decision(DeficitStatus status, Message reason, String sourceId, Confidence tag, SizeClasses sizes) {
    }

    private final DeficitSettings settings;
    private final RiskFactorTable factors;

    StatusRule(DeficitSettings settings, RiskFactorTable factors) {
        this.settings = settings;
        this.factors = factors;
    }

    /** triggers are the reported factors behind the policy's decision for the mineral. */
    Decision decide(Mineral mineral, PolicyDecision policy, List<RiskFactor> triggers, Band deficitMg, double targetMg,
                    boolean intakeKnown) {
        switch (policy) {
            case URGENT_CARE:
                DeficitSettings.SourceRef urgent = settings.statusSources().urgentCare();
                return new Decision(DeficitStatus.URGENT_CARE, Message.of(ReasonCode.STATUS_URGENT_CARE,
                        "mineral", mineral), urgent.sourceId(), urgent.tag(), null);
            case TARGET_SET_WITH_CLINICIAN:
                DeficitSettings.SourceRef source = settings.statusSources().targetSetWithClinician();
                boolean excretion = mineral == Mineral.POTASSIUM
                        && triggers.stream().anyMatch(f -> factors.factors().get(f).potassiumTargetDoesNotApply());
                return new Decision(DeficitStatus.TARGET_SET_WITH_CLINICIAN, Message.of(excretion
                        ? ReasonCode.STATUS_TARGET_DOES_NOT_APPLY : ReasonCode.STATUS_TARGET_MAY_NOT_APPLY,
                        "mineral", mineral, "riskFactors", triggers), source.sourceId(), source.tag(), null);
            case LOSSES_MAY_BE_MEDICAL:
                RiskFactorInfo info = factors.factors().get(triggers.get(0));
                return new Decision(DeficitStatus.LOSSES_MAY_BE_MEDICAL, Message.of(ReasonCode.STATUS_LOSSES_MAY_BE_MEDICAL,
                        "riskFactors", triggers, "explanation", info.explanation()), info.sourceId(), info.tag(), null);
            default:
                return arithmetic(mineral, deficitMg, targetMg, intakeKnown);
        }
    }

    /** deficitMg is null when intake is unknown and no session's sweat could be estimated. */
    private Decision arithmetic(Mineral mineral, Band deficitMg, double targetMg, boolean intakeKnown) {
        if (deficitMg == null) {
            DeficitSettings.SourceRef source = settings.statusSources().sweatLossToReplace();
            return new Decision(DeficitStatus.NOT_ESTIMATED, Message.of(ReasonCode.STATUS_NOT_ESTIMATED, "mineral",
                    mineral), source.sourceId(), source.tag(), null);
        }
        SizeClasses sizes = sizes(deficitMg, targetMg);
        if (!intakeKnown) {
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
