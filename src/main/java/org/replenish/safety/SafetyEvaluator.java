package org.replenish.safety;

import java.util.Comparator;
import java.util.List;
import org.replenish.reference.SafetyRule;

/** Applies the safety rules of the reference data; every feature uses this one place. Pure. */
public final class SafetyEvaluator {

    private final List<SafetyRule> rules;

    public SafetyEvaluator(List<SafetyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The flags whose rules fire, most severe first. */
    public List<SafetyFlag> evaluate(SafetyFacts facts) {
        return rules.stream()
                .filter(rule -> fires(rule, facts))
                .sorted(Comparator.comparing(SafetyRule::severity).reversed())
                .map(rule -> new SafetyFlag(rule.code(), rule.severity(), rule.minerals(),
                        rule.gatesSupplementsFor() == null ? List.of() : rule.gatesSupplementsFor(), rule.message(),
                        rule.sourceIds()))
                .toList();
    }

    static boolean fires(SafetyRule rule, SafetyFacts facts) {
        boolean riskFactor = rule.anyRiskFactor() == null || rule.anyRiskFactor().isEmpty()
                || rule.anyRiskFactor().stream().anyMatch(facts.riskFactors()::contains);
        boolean symptom = rule.anySymptom() == null || rule.anySymptom().isEmpty()
                || rule.anySymptom().stream().anyMatch(facts.symptoms()::contains);
        boolean anyFactor = !Boolean.TRUE.equals(rule.requiresAnyRiskFactor()) || !facts.riskFactors().isEmpty();
        boolean condition = rule.condition() == null || facts.conditions().contains(rule.condition());
        return riskFactor && symptom && anyFactor && condition;
    }
}
