package org.replenish.targets;

import org.replenish.validation.RuleCode;

/**
 * Why a basis has no targets for a person: the input it is about, the rule it breaks with the values it needs
 * (alternating names and values), and what is wrong in English, with no client field path.
 */
public record TargetProblem(About about, RuleCode rule, String message, Object... parameters) {

    /** The input a problem is about; the request validators name it as their client sent it. */
    public enum About { LIFE_STAGE, BASIS }

    static TargetProblem lifeStage(RuleCode rule, String message, Object... parameters) {
        return new TargetProblem(About.LIFE_STAGE, rule, message, parameters);
    }

    static TargetProblem basis(RuleCode rule, String message, Object... parameters) {
        return new TargetProblem(About.BASIS, rule, message, parameters);
    }
}
