package org.replenish.codes;

import java.util.Arrays;
import java.util.List;
import org.replenish.validation.RuleCode;

/**
 * The sets of codes an answer can carry. Every set here is open: a later version may add codes, so clients must
 * tolerate a value they do not know (and fall back on the English text that comes with it). The closed sets of the
 * contract (statuses, units, verdicts and the other enums of the document) are not listed here.
 */
public enum CodeSet {
    ASSUMPTION(AssumptionCode.class, "Defaults and conventions a calculation assumed (assumptions[].code)."),
    DRINK_WARNING(DrinkWarningCode.class, "Cautions about how a drink is used (warnings[].code of a drink check)."),
    SAFETY_FLAG(SafetyFlagCode.class, "Safety flags raised by the safety rules of every endpoint (safety[].code). A flag whose "
            + "text holds no numbers has no parameters."),
    NOTE(NoteCode.class, "Notes of the capsule comparison and of its product (noteMessages[].code), and what reported "
            + "symptoms do and do not indicate (symptomNotes[].code of every answer that takes symptoms)."),
    TARGET_NOTE(TargetNoteCode.class, "Notes on how targets were chosen (noteMessages[].code of GET /v1/targets)."),
    REASON(ReasonCode.class, "Reasons behind a diet or sweat status of a deficit estimate (diet.reasonMessage, "
            + "sweat.reasonMessage), a drink verdict and a sodium "
            + "assessment (reasonMessages[].code)."),
    LIFE_STAGE_GROUP(LifeStageGroupCode.class, "The life-stage group whose reference values were used "
            + "(lifeStageGroupMessage of targets, deficit estimates and capsule comparisons)."),
    CATEGORY_RULE(CategoryRuleCode.class, "The rule that placed a drink in its category "
            + "(composition.categoryRuleMessage of a drink check)."),
    SUMMARY(SummaryCode.class, "The parts of a drink check's summary: the daily targets, the session's losses, the "
            + "composition guidance and a caution (summary.*.code of a drink check)."),
    RULE(null, "Rules across fields a request can break (violations[].parameters.rule of a RULE violation); the "
            + "violation's message is English, the template here words the rule in the language asked for.");

    private final Class<? extends Code> type;
    private final String description;

    /** type is the set's enum of codes; null for RULE, whose codes are validation's RuleCode constants. */
    CodeSet(Class<? extends Code> type, String description) {
        this.type = type;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The set's codes in declaration order. */
    public List<Code> codes() {
        if (type == null) {
            return Arrays.stream(RuleCode.values()).<Code>map(RuleText::new).toList();
        }
        return List.of(type.getEnumConstants());
    }
}
