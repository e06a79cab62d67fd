package org.replenish.codes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.replenish.validation.RuleCode;
import org.replenish.validation.ViolationCode;
import org.replenish.vocabulary.RiskFactor;

/**
 * The sets of codes an answer can carry. Every set here is open: a later version may add codes, so clients must
 * tolerate a value they do not know (and fall back on the English text that comes with it). The closed sets of the
 * contract (statuses, units, verdicts and the other enums of the document) are not listed here.
 */
public enum CodeSet {
    ASSUMPTION(() -> List.of(AssumptionCode.values()), "Defaults and conventions a calculation assumed (assumptions[].code)."),
    DRINK_WARNING(() -> List.of(DrinkWarningCode.values()), "Cautions about how a drink is used (warnings[].code of a drink check)."),
    SAFETY_FLAG(() -> List.of(SafetyFlagCode.values()), "Safety flags raised by the safety rules of every endpoint (safety[].code). A flag whose "
            + "text holds no numbers has no parameters."),
    NOTE(() -> List.of(NoteCode.values()), "Notes of the capsule comparison and of its product (noteMessages[].code), and what reported "
            + "symptoms do and do not indicate (symptomNotes[].code of every answer that takes symptoms)."),
    TARGET_NOTE(() -> List.of(TargetNoteCode.values()), "Notes on how targets were chosen (noteMessages[].code of GET /v1/targets)."),
    REASON(() -> List.of(ReasonCode.values()), "Reasons behind a diet or sweat status of a deficit estimate (diet.reasonMessage, "
            + "sweat.reasonMessage), a drink verdict and a sodium "
            + "assessment (reasonMessages[].code)."),
    LIFE_STAGE_GROUP(() -> List.of(LifeStageGroupCode.values()), "The life-stage group whose reference values were used "
            + "(lifeStageGroupMessage of targets, deficit estimates and capsule comparisons)."),
    CATEGORY_RULE(() -> List.of(CategoryRuleCode.values()), "The rule that placed a drink in its category "
            + "(composition.categoryRuleMessage of a drink check)."),
    SUMMARY(() -> List.of(SummaryCode.values()), "The parts of a drink check's summary: the daily targets, the session's losses, the "
            + "composition guidance and a caution (summary.*.code of a drink check)."),
    RISK_FACTOR(() -> Arrays.stream(RiskFactor.values()).<Code>map(RiskFactorText::new).toList(),
            "What each risk factor means for the minerals (riskAssessment.factors[].explanation, which a minimal answer "
            + "leaves out: render it from factors[].code). The English comes from the reference data."),
    VIOLATION(() -> Arrays.stream(ViolationCode.values()).<Code>map(ViolationText::new).toList(),
            "The kinds of fault a problem's violations name (violations[].code), each worded as what is wrong with its "
            + "field: an app puts the field's label before the text. The violation's message is English; the "
            + "template here words the fault in the language asked for."),
    RULE(() -> Arrays.stream(RuleCode.values()).<Code>map(RuleText::new).toList(), "Rules across fields a request can break (violations[].parameters.rule of a RULE violation); the "
            + "violation's message is English, the template here words the rule in the language asked for.");

    private final Supplier<List<? extends Code>> codes;
    private final String description;

    /**
     * codes lists the set's codes: an enum of codes, or validation's ViolationCode and RuleCode constants wrapped as
     * codes (validation may not depend on the codes package).
     */
    CodeSet(Supplier<List<? extends Code>> codes, String description) {
        this.codes = codes;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The set's codes in declaration order. */
    public List<Code> codes() {
        return List.copyOf(codes.get());
    }
}
