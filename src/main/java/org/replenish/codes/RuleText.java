package org.replenish.codes;

import org.replenish.validation.RuleCode;

/**
 * A rule across fields as a code of the catalogue's RULE set, so an app finds a template for the rule a RULE
 * violation names in parameters.rule. The rules themselves are validation's {@link RuleCode}; this only gives them
 * a place among the codes (validation may not depend on the codes package).
 */
record RuleText(RuleCode rule) implements Code {

    @Override
    public String name() {
        return rule.name();
    }

    @Override
    public CodeSet set() {
        return CodeSet.RULE;
    }
}
