package org.replenish.safety;

import java.util.List;
import java.util.Map;
import org.replenish.reference.PolicyDecision;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;

/**
 * What the safety policy decided for one request: urgent or not, one decision per mineral, the flags that say why
 * (most severe first) and the minerals at risk of excess. Every feature obeys it; none decides gating on its own.
 */
public record SafetyDecision(boolean urgent, Map<Mineral, PolicyDecision> decisions,
                             Map<Mineral, List<RiskFactor>> triggers, List<SafetyFlag> flags,
                             List<Mineral> excessRiskMinerals) {

    /** The reported risk factors behind a mineral's decision, in the rules' order; empty when none decided. */
    public List<RiskFactor> triggersOf(Mineral mineral) {
        return triggers.getOrDefault(mineral, List.of());
    }

    /** The decision for a mineral: URGENT_CARE for every mineral of an urgent request, ARITHMETIC where no rule decides. */
    public PolicyDecision of(Mineral mineral) {
        return urgent ? PolicyDecision.URGENT_CARE : decisions.getOrDefault(mineral, PolicyDecision.ARITHMETIC);
    }

    public boolean hyperkalemiaRisk() {
        return excessRiskMinerals.contains(Mineral.POTASSIUM);
    }

    /** The decision as every answer carries it. */
    public SafetyPolicyResult result() {
        return new SafetyPolicyResult(urgent, Mineral.MODELLED.stream().map(m -> new MineralDecision(m, of(m))).toList(),
                excessRiskMinerals);
    }
}
