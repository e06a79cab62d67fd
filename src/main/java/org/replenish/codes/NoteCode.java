package org.replenish.codes;

/** Codes of the capsule comparison's notes and its product's notes. */
public enum NoteCode implements Code {
    ARITHMETIC_NOT_A_DOSE,
    FOOD_FIRST,
    PLAN_POTASSIUM_WITH_CLINICIAN,
    URGENT_CARE_FIRST,
    CRAMPS_ARE_MOSTLY_NEUROMUSCULAR,
    NOT_READ_AS_AN_ELECTROLYTE_SIGN,
    LIMIT_NOT_FOR_FORM,
    UNIT_AT_OR_ABOVE_PRESCRIPTION_THRESHOLD,
    UNIT_BELOW_PRESCRIPTION_THRESHOLD;

    @Override
    public CodeSet set() {
        return CodeSet.NOTE;
    }
}
