package org.replenish.targets;

/** Why a basis has no targets for a person: the input it is about and what is wrong, with no client field path. */
public record TargetProblem(About about, String message) {

    /** The input a problem is about; the request validators name it as their client sent it. */
    public enum About { LIFE_STAGE, BASIS }

    static TargetProblem lifeStage(String message) {
        return new TargetProblem(About.LIFE_STAGE, message);
    }

    static TargetProblem basis(String message) {
        return new TargetProblem(About.BASIS, message);
    }
}
