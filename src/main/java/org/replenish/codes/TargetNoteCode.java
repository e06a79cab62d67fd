package org.replenish.codes;

/** Codes of the notes on how targets were chosen (a basis without a value for the group). */
public enum TargetNoteCode implements Code {
    VALUE_FROM_FALLBACK_BASIS,
    UPPER_LIMIT_FROM_FALLBACK_BASIS;

    @Override
    public CodeSet set() {
        return CodeSet.TARGET_NOTE;
    }
}
