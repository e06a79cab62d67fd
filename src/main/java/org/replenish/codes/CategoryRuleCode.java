package org.replenish.codes;

/** Codes of the rule that placed a drink in its category (composition.categoryRuleMessage of a drink check). */
public enum CategoryRuleCode implements Code {
    NO_SODIUM_ON_LABEL,
    ORAL_REHYDRATION_SOLUTION,
    ELECTROLYTE_CONCENTRATE,
    LOW_ELECTROLYTE,
    SPORTS_DRINK;

    @Override
    public CodeSet set() {
        return CodeSet.CATEGORY_RULE;
    }
}
