package org.replenish.safety;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SafetyCondition;
import org.replenish.reference.SafetyRule;
import org.replenish.targets.PersonProfile;

/** Applies the safety rules of the reference data; every feature uses this one place. Pure. */
@Singleton
public final class SafetyEvaluator {

    private final List<SafetyRule> rules;
    private final LifeStageConditions lifeStages;

    /** An evaluator with the life-stage gates (sheet 7.4: pregnancy and lactation, older adults, children). */
    public SafetyEvaluator(ReferenceData data) {
        this.rules = List.copyOf(data.safetyRules());
        this.lifeStages = new LifeStageConditions(data.riskFactors().lifeStageGates());
    }

    /** The flags whose rules fire, most severe first. */
    private List<SafetyFlag> evaluate(SafetyFacts facts) {
        return rules.stream()
                .filter(rule -> fires(rule, facts))
                .sorted(Comparator.comparing(SafetyRule::severity).reversed())
                .map(rule -> new SafetyFlag(rule.code(), rule.severity(), rule.minerals(),
                        rule.gatesSupplementsFor() == null ? List.of() : rule.gatesSupplementsFor(), rule.message(),
                        rule.sourceIds()))
                .toList();
    }

    /**
     * The flags for a person (null when the request names none): the facts plus the conditions the person's life
     * stage sets, so the life-stage potassium gate holds in every feature that knows the person.
     */
    public List<SafetyFlag> evaluate(PersonProfile person, SafetyFacts facts) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        conditions.addAll(facts.conditions());
        conditions.addAll(lifeStages.of(person));
        return evaluate(new SafetyFacts(facts.riskFactors(), facts.symptoms(), conditions));
    }

    static boolean fires(SafetyRule rule, SafetyFacts facts) {
        boolean riskFactor = rule.anyRiskFactor() == null || rule.anyRiskFactor().isEmpty()
                || rule.anyRiskFactor().stream().anyMatch(facts.riskFactors()::contains);
        boolean symptom = rule.anySymptom() == null || rule.anySymptom().isEmpty()
                || rule.anySymptom().stream().anyMatch(facts.symptoms()::contains);
        boolean anyFactor = !Boolean.TRUE.equals(rule.requiresAnyRiskFactor()) || !facts.riskFactors().isEmpty();
        boolean condition = rule.condition() == null || facts.conditions().contains(rule.condition());
        boolean anyCondition = rule.anyCondition() == null || rule.anyCondition().isEmpty()
                || rule.anyCondition().stream().anyMatch(facts.conditions()::contains);
        return riskFactor && symptom && anyFactor && condition && anyCondition;
    }
}
