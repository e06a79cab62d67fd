package org.replenish.reference;

import java.util.List;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/**
 * A rule that raises a safety flag. It fires when every condition it names holds: one of anyRiskFactor reported,
 * one of anySymptom reported, any risk factor at all (requiresAnyRiskFactor), the computed condition, and one of
 * anyCondition. gatesSupplementsFor lists the minerals whose supplement arithmetic (capsule counts) the rule withholds.
 */
public record SafetyRule(String code, Severity severity, List<Mineral> minerals, List<Mineral> gatesSupplementsFor,
                         List<RiskFactor> anyRiskFactor,
                         List<Symptom> anySymptom, Boolean requiresAnyRiskFactor, SafetyCondition condition,
                         List<SafetyCondition> anyCondition,
                         List<String> sourceIds, Confidence tag, String message) {
}
