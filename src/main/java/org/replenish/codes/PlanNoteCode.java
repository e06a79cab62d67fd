package org.replenish.codes;

/** Codes of a session plan's notes and of its drinks' notes. */
public enum PlanNoteCode implements Code {
    NEVER_DRINK_MORE_THAN_SWEAT,
    WEIGH_BEFORE_AND_AFTER,
    YOUNG_ATHLETES_DRINKING,
    DRINK_SODIUM_SHORT,
    DRINK_CARBOHYDRATE_SHORT,
    DRINK_CARBOHYDRATE_NOT_ON_LABEL,
    DRINK_POTASSIUM_WITH_CLINICIAN;

    @Override
    public CodeSet set() {
        return CodeSet.PLAN_NOTE;
    }
}
