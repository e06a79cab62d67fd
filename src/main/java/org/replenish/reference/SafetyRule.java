package org.replenish.reference;

import java.util.List;
import org.replenish.codes.SafetyFlagCode;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/**
 * A rule that raises a safety flag. It fires when every condition it names holds: one of anyRiskFactor reported,
 * one of anySymptom reported, the computed condition, and one of
 * anyCondition. The code names the flag (one enum, so no rule can invent a code); message is its English text, the
 * bundles hold the other languages. decides is what the rule decides for its minerals (SafetyPolicy): a gate of the
 * target (risk of excess), of the dietary arithmetic (medical losses) or of supplement arithmetic (life stage); an
 * URGENT rule decides for the whole request, whatever decides says.
 */
public record SafetyRule(SafetyFlagCode code, Severity severity, List<Mineral> minerals, PolicyDecision decides,
                         List<RiskFactor> anyRiskFactor,
                         List<Symptom> anySymptom, SafetyCondition condition,
                         List<SafetyCondition> anyCondition,
                         List<String> sourceIds, Confidence tag, String message) {
}
