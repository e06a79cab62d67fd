package org.replenish.deficit;

import java.util.List;
import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.reference.RiskFactorTable;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;

/**
 * The reason of a status the safety policy decides, the same for the diet and the sweat part, strongest first: urgent
 * care; the target set with a clinician (risk of excess; for impaired potassium excretion the AI does not apply,
 * NASEM 2019 via PMC9932710); losses that may be medical (sheet 7.4). Null for a decision that withholds no figure.
 * Pure.
 */
final class PolicyStatus {

    private final DeficitSettings settings;
    private final RiskFactorTable factors;

    PolicyStatus(DeficitSettings settings, RiskFactorTable factors) {
        this.settings = settings;
        this.factors = factors;
    }

    /** triggers are the reported factors behind the policy's decision for the mineral. */
    StatusReason of(Mineral mineral, PolicyDecision policy, List<RiskFactor> triggers) {
        switch (policy) {
            case URGENT_CARE:
                DeficitSettings.SourceRef urgent = settings.statusSources().urgentCare();
                return new StatusReason(Message.of(ReasonCode.STATUS_URGENT_CARE, "mineral", mineral),
                        urgent.sourceId(), urgent.tag());
            case TARGET_SET_WITH_CLINICIAN:
                DeficitSettings.SourceRef source = settings.statusSources().targetSetWithClinician();
                boolean excretion = mineral == Mineral.POTASSIUM
                        && triggers.stream().anyMatch(f -> factors.factors().get(f).potassiumTargetDoesNotApply());
                return new StatusReason(Message.of(excretion ? ReasonCode.STATUS_TARGET_DOES_NOT_APPLY
                        : ReasonCode.STATUS_TARGET_MAY_NOT_APPLY, "mineral", mineral, "riskFactors", triggers),
                        source.sourceId(), source.tag());
            case LOSSES_MAY_BE_MEDICAL:
                RiskFactorInfo info = factors.factors().get(triggers.get(0));
                return new StatusReason(Message.of(ReasonCode.STATUS_LOSSES_MAY_BE_MEDICAL, "riskFactors", triggers,
                        "explanation", info.explanation(triggers.get(0))), info.sourceId(), info.tag());
            default:
                return null;
        }
    }
}
