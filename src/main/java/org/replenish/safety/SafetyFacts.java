package org.replenish.safety;

import java.util.Set;
import org.replenish.reference.SafetyCondition;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** What the safety rules look at: reported (and detected) risk factors, symptoms and computed conditions. */
public record SafetyFacts(Set<RiskFactor> riskFactors, Set<Symptom> symptoms, Set<SafetyCondition> conditions) {

    public static SafetyFacts ofRiskFactors(Set<RiskFactor> riskFactors) {
        return new SafetyFacts(riskFactors, Set.of(), Set.of());
    }
}
