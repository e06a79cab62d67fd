package org.replenish.safety;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replenish.codes.Language;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RiskFactorTable;
import org.replenish.reference.SafetyCondition;
import org.replenish.reference.SafetyRule;
import org.replenish.targets.PersonProfile;

/** Applies the safety rules of the reference data; every feature uses this one place. Pure. */
@Singleton
public final class SafetyEvaluator {

    /** The rules, most severe first (a stable sort: the data's order within a severity). */
    private final List<SafetyRule> rules;
    private final LifeStageConditions lifeStages;
    // The values a rule's text may name, from the reference data (so no age is written into a text).
    private final Map<String, Object> textValues;
    /**
     * Each rule's flag in each language, in the order of rules: a flag depends on its rule and the reference data
     * only, so it is put into words once here rather than for every request it fires on.
     */
    private final Map<Language, List<SafetyFlag>> flags = new EnumMap<>(Language.class);

    /** An evaluator with the life-stage gates (sheet 7.4: pregnancy and lactation, older adults, children). */
    public SafetyEvaluator(ReferenceData data) {
        this.rules = data.safetyRules().stream()
                .sorted(Comparator.comparing(SafetyRule::severity).reversed()).toList();
        this.lifeStages = new LifeStageConditions(data.riskFactors().lifeStageGates());
        RiskFactorTable.LifeStageGates gates = data.riskFactors().lifeStageGates();
        this.textValues = Map.of("olderAdultFromAgeYears", gates.olderAdultFromAgeYears().value(),
                "childBelowAgeYears", gates.childBelowAgeYears().value());
        for (Language language : Language.values()) {
            Texts texts = Texts.of(language);
            flags.put(language, rules.stream().map(rule -> flag(rule, message(rule), texts)).toList());
        }
    }

    /** The rule's message: its code and the values its text names. */
    Message message(SafetyRule rule) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (String name : Texts.placeholders(rule.message())) {
            parameters.put(name, textValues.get(name));
        }
        return new Message(rule.code(), parameters);
    }

    /** The flags whose rules fire, most severe first. */
    private List<SafetyFlag> evaluate(SafetyFacts facts, Texts texts) {
        List<SafetyFlag> inLanguage = flags.get(texts.language());
        List<SafetyFlag> fired = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (fires(rules.get(i), facts)) {
                fired.add(inLanguage.get(i));
            }
        }
        return List.copyOf(fired);
    }

    private static SafetyFlag flag(SafetyRule rule, Message message, Texts texts) {
        return new SafetyFlag(rule.code().name(), rule.severity(), rule.minerals(),
                rule.gatesSupplementsFor() == null ? List.of() : rule.gatesSupplementsFor(),
                texts.text(message, rule.message()), Collections.unmodifiableMap(Texts.wireParameters(message)),
                rule.sourceIds());
    }

    /**
     * The flags for a person (null when the request names none): the facts plus the conditions the person's life
     * stage sets, so the life-stage potassium gate holds in every feature that knows the person.
     */
    public List<SafetyFlag> evaluate(PersonProfile person, SafetyFacts facts, Texts texts) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        conditions.addAll(facts.conditions());
        conditions.addAll(lifeStages.of(person));
        return evaluate(new SafetyFacts(facts.riskFactors(), facts.symptoms(), conditions), texts);
    }

    static boolean fires(SafetyRule rule, SafetyFacts facts) {
        return noneOrAnyOf(rule.anyRiskFactor(), facts.riskFactors())
                && noneOrAnyOf(rule.anySymptom(), facts.symptoms())
                && (!Boolean.TRUE.equals(rule.requiresAnyRiskFactor()) || !facts.riskFactors().isEmpty())
                && (rule.condition() == null || facts.conditions().contains(rule.condition()))
                && noneOrAnyOf(rule.anyCondition(), facts.conditions());
    }

    /**
     * True when the rule names no values of a kind, or the facts hold one of those it names. A loop rather than a
     * stream: it runs for every rule in every answer that knows a person.
     */
    private static <T> boolean noneOrAnyOf(Collection<T> named, Set<T> present) {
        if (named == null || named.isEmpty()) {
            return true;
        }
        for (T value : named) {
            if (present.contains(value)) {
                return true;
            }
        }
        return false;
    }
}
