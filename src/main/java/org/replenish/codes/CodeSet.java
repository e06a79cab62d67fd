package org.replenish.codes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.replenish.validation.RuleCode;
import org.replenish.validation.ViolationCode;
import org.replenish.vocabulary.RiskFactor;

/**
 * The sets of codes an answer can carry. Every set here is open: a later version may add codes, so clients must
 * tolerate a value they do not know (and fall back on the English text that comes with it). The closed sets of the
 * contract (statuses, units, verdicts and the other enums of the document) are not listed here.
 */
public enum CodeSet {
    ASSUMPTION(own(AssumptionCode.values()), "Defaults and conventions a calculation assumed (assumptions[].code)."),
    DRINK_WARNING(own(DrinkWarningCode.values()), "Cautions about how a drink is used (warnings[].code of a drink check)."),
    SAFETY_FLAG(own(SafetyFlagCode.values()), "Safety flags raised by the safety rules of every endpoint (safety[].code). A flag whose "
            + "text holds no numbers has no parameters."),
    NOTE(own(NoteCode.values()), "Notes of the capsule comparison and of its product (noteMessages[].code), and what reported "
            + "symptoms do and do not indicate (symptomNotes[].code of every answer that takes symptoms)."),
    TARGET_NOTE(own(TargetNoteCode.values()), "Notes on how targets were chosen (noteMessages[].code of GET /v1/targets)."),
    REASON(own(ReasonCode.values()), "Reasons behind a diet or sweat status of a deficit estimate (diet.reasonMessage, "
            + "sweat.reasonMessage), a drink verdict and a sodium "
            + "assessment (reasonMessages[].code)."),
    LIFE_STAGE_GROUP(own(LifeStageGroupCode.values()), "The life-stage group whose reference values were used "
            + "(lifeStageGroupMessage of targets, deficit estimates and capsule comparisons)."),
    CATEGORY_RULE(own(CategoryRuleCode.values()), "The rule that placed a drink in its category "
            + "(composition.categoryRuleMessage of a drink check)."),
    SUMMARY(own(SummaryCode.values()), "The parts of a drink check's summary: the daily targets, the session's losses, the "
            + "composition guidance and a caution (summary.*.code of a drink check)."),
    PLAN_NOTE(own(PlanNoteCode.values()), "Notes of a session plan and of its drinks (notes[].code and drinks[].notes[].code "
            + "of a session plan)."),
    RISK_FACTOR(foreign(RiskFactor.values()),
            "What each risk factor means for the minerals (riskAssessment.factors[].explanation, which a minimal answer "
            + "leaves out: render it from factors[].code). The English comes from the reference data."),
    VIOLATION(foreign(ViolationCode.values()),
            "The kinds of fault a problem's violations name (violations[].code), each worded as what is wrong with its "
            + "field: an app puts the field's label before the text. The violation's message is English; the "
            + "template here words the fault in the language asked for."),
    RULE(foreign(RuleCode.values()), "Rules across fields a request can break (violations[].parameters.rule of a RULE violation); the "
            + "violation's message is English, the template here words the rule in the language asked for.");

    private final Function<CodeSet, List<Code>> codes;
    private final String description;

    /**
     * codes lists the set's codes: an enum of codes, or validation's ViolationCode and RuleCode constants wrapped as
     * codes (validation may not depend on the codes package).
     */
    CodeSet(Function<CodeSet, List<Code>> codes, String description) {
        this.codes = codes;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The set's codes in declaration order. */
    public List<Code> codes() {
        return codes.apply(this);
    }

    /** The code of this set for a constant of an enum outside the codes package (see {@link ForeignCode}). */
    public Code code(Enum<?> constant) {
        return new ForeignCode(constant, this);
    }

    /** A set whose codes are an enum of this package. */
    private static Function<CodeSet, List<Code>> own(Code[] codes) {
        return set -> List.of(codes);
    }

    /** A set whose codes are the constants of an enum outside this package. */
    private static Function<CodeSet, List<Code>> foreign(Enum<?>[] constants) {
        return set -> Arrays.stream(constants).map(set::code).toList();
    }
}
