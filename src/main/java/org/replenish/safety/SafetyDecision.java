package org.replenish.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.replenish.reference.PolicyDecision;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;

/**
 * What the safety policy decided for one request: urgent or not, the strongest rule's decision per mineral (an
 * EnumMap, so in mineral order), the reported factors behind it, and the flags that say why (most severe first).
 * Every feature obeys it; none decides gating on its own.
 */
public record SafetyDecision(boolean urgent, Map<Mineral, PolicyDecision> decisions,
                             Map<Mineral, List<RiskFactor>> triggers, List<SafetyFlag> flags) {

    /**
     * The minerals a reported condition or medicine can push too high: those whose rules set the target with a
     * clinician (the strongest decision a rule makes, so the urgency of the request does not hide it).
     */
    public List<Mineral> excessRiskMinerals() {
        List<Mineral> minerals = new ArrayList<>(decisions.size());
        decisions.forEach((mineral, decision) -> {
            if (decision == PolicyDecision.TARGET_SET_WITH_CLINICIAN) {
                minerals.add(mineral);
            }
        });
        return Collections.unmodifiableList(minerals);
    }

    /** The reported risk factors behind a mineral's decision, in the rules' order; empty when none decided. */
    public List<RiskFactor> triggersOf(Mineral mineral) {
        return triggers.getOrDefault(mineral, List.of());
    }

    /** The decision for a mineral: URGENT_CARE for every mineral of an urgent request, ARITHMETIC where no rule decides. */
    public PolicyDecision of(Mineral mineral) {
        return urgent ? PolicyDecision.URGENT_CARE : decisions.getOrDefault(mineral, PolicyDecision.ARITHMETIC);
    }

    public boolean hyperkalemiaRisk() {
        return decisions.get(Mineral.POTASSIUM) == PolicyDecision.TARGET_SET_WITH_CLINICIAN;
    }

    /** The decision as every answer carries it. */
    public SafetyPolicyResult result() {
        MineralDecision[] perMineral = new MineralDecision[Mineral.MODELLED.size()];
        for (int i = 0; i < perMineral.length; i++) {
            Mineral mineral = Mineral.MODELLED.get(i);
            perMineral[i] = new MineralDecision(mineral, of(mineral));
        }
        return new SafetyPolicyResult(urgent, List.of(perMineral), excessRiskMinerals());
    }
}
