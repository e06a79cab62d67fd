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
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RiskFactorTable;
import org.replenish.reference.SafetyCondition;
import org.replenish.reference.SafetyRule;
import org.replenish.reference.Severity;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/**
 * The one safety policy: decides once per request, from the rules of safety-rules.json, whether the request is
 * urgent and what applies to each mineral, and raises the flags that say why. Every endpoint asks it and obeys the
 * decision; no feature decides gating on its own. Pure.
 */
@Singleton
public final class SafetyPolicy {

    /** The rules, most severe first (a stable sort: the data's order within a severity). */
    private final List<SafetyRule> rules;
    private final Map<RiskFactor, List<Mineral>> factorMinerals = new EnumMap<>(RiskFactor.class);
    private final LifeStageConditions lifeStages;
    private final SessionConditions sessions;
    /**
     * Each rule's flag in each language, in the order of rules: a flag's text depends on its rule and the reference
     * data only, so it is put into words once here rather than for every request it fires on.
     */
    private final Map<Language, List<SafetyFlag>> flags = new EnumMap<>(Language.class);
    /** The values a rule's text may name, from the reference data (so no age or threshold is written into a text). */
    private final Map<String, Object> textValues;

    public SafetyPolicy(ReferenceData data) {
        this.rules = data.safetyRules().stream()
                .sorted(Comparator.comparing(SafetyRule::severity).reversed()).toList();
        data.riskFactors().factors().forEach((factor, info) -> factorMinerals.put(factor, info.minerals()));
        RiskFactorTable.LifeStageGates gates = data.riskFactors().lifeStageGates();
        DeficitSettings.FluidThresholds fluid = data.deficit().fluid();
        this.lifeStages = new LifeStageConditions(gates);
        this.sessions = new SessionConditions(fluid);
        this.textValues = Map.of(
                "olderAdultFromAgeYears", gates.olderAdultFromAgeYears().value(),
                "childBelowAgeYears", gates.childBelowAgeYears().value(),
                "infantBelowAgeYears", gates.infantBelowAgeYears().value(),
                "longSessionMinutes", fluid.longSessionMinutes().value(),
                "severeBodyMassLossPercent", fluid.severeBodyMassLossPercent().value(),
                "lifeThreateningBodyMassLossPercent", fluid.lifeThreateningBodyMassLossPercent().value());
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

    private static SafetyFlag flag(SafetyRule rule, Message message, Texts texts) {
        return new SafetyFlag(rule.code().name(), rule.severity(), rule.minerals(), rule.decides(),
                texts.text(message, rule.message()), Collections.unmodifiableMap(Texts.wireParameters(message)),
                rule.sourceIds());
    }

    /** Decides for the request, with the flags in the language of texts. */
    public SafetyDecision decide(SafetyRequest request, Texts texts) {
        Set<RiskFactor> factors = request.riskFactors().isEmpty() ? Set.of() : EnumSet.copyOf(request.riskFactors());
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        symptoms.addAll(request.symptoms());
        // Sheet 10: vomiting counts as a sign whether it is reported as a symptom or as a risk factor.
        if (factors.contains(RiskFactor.VOMITING)) {
            symptoms.add(Symptom.VOMITING);
        }
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        conditions.addAll(request.featureConditions());
        lifeStages.addTo(conditions, request.person());
        sessions.addTo(conditions, request.sessions());

        List<SafetyFlag> inLanguage = flags.get(texts.language());
        List<SafetyFlag> fired = new ArrayList<>();
        Map<Mineral, PolicyDecision> decisions = new EnumMap<>(Mineral.class);
        Map<Mineral, List<RiskFactor>> triggers = new EnumMap<>(Mineral.class);
        boolean urgent = false;
        for (int i = 0; i < rules.size(); i++) {
            SafetyRule rule = rules.get(i);
            if (!fires(rule, factors, symptoms, conditions)) {
                continue;
            }
            List<Mineral> concerned = concerned(rule, factors);
            SafetyFlag flag = inLanguage.get(i);
            fired.add(concerned.equals(rule.minerals()) ? flag : flag.withMinerals(concerned));
            urgent |= rule.severity() == Severity.URGENT;
            if (rule.decides() != null) {
                for (Mineral mineral : concerned) {
                    PolicyDecision before = decisions.getOrDefault(mineral, PolicyDecision.ARITHMETIC);
                    if (rule.decides().compareTo(before) > 0) {
                        decisions.put(mineral, rule.decides());
                        triggers.put(mineral, triggersOf(rule, factors, mineral));
                    }
                }
            }
        }
        return new SafetyDecision(urgent, Collections.unmodifiableMap(decisions), Collections.unmodifiableMap(triggers),
                List.copyOf(fired));
    }

    /** The reported factors that make the rule concern the mineral, in the rule's order. */
    private List<RiskFactor> triggersOf(SafetyRule rule, Set<RiskFactor> factors, Mineral mineral) {
        if (rule.anyRiskFactor() == null) {
            return List.of();
        }
        return rule.anyRiskFactor().stream()
                .filter(f -> factors.contains(f) && factorMinerals.get(f).contains(mineral)).toList();
    }

    /**
     * The rule's minerals that it concerns here: for a rule triggered by risk factors, those a reported trigger
     * affects (a thiazide routes potassium and magnesium, not sodium: sheet 5.2), so the flag and the decision agree.
     */
    private List<Mineral> concerned(SafetyRule rule, Set<RiskFactor> factors) {
        if (rule.anyRiskFactor() == null || rule.anyRiskFactor().isEmpty()) {
            return rule.minerals();
        }
        Set<Mineral> affected = EnumSet.noneOf(Mineral.class);
        for (RiskFactor factor : rule.anyRiskFactor()) {
            if (factors.contains(factor)) {
                affected.addAll(factorMinerals.get(factor));
            }
        }
        return rule.minerals().stream().filter(affected::contains).toList();
    }

    static boolean fires(SafetyRule rule, Set<RiskFactor> factors, Set<Symptom> symptoms,
                         Set<SafetyCondition> conditions) {
        return noneOrAnyOf(rule.anyRiskFactor(), factors)
                && noneOrAnyOf(rule.anySymptom(), symptoms)
                && (rule.condition() == null || conditions.contains(rule.condition()))
                && noneOrAnyOf(rule.anyCondition(), conditions);
    }

    /**
     * True when the rule names no values of a kind, or the facts hold one of those it names. A loop rather than a
     * stream: it runs for every rule in every answer.
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
