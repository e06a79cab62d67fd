package org.replenish.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects violations so a client hears about every bad field at once, then throws them together. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        return add(field, message, ViolationCode.INVALID_VALUE);
    }

    public Violations add(Violation violation) {
        found.add(violation);
        return this;
    }

    public Violations add(String field, String message, ViolationCode code) {
        found.add(new Violation(field, message, code));
        return this;
    }

    /** Adds the violation when the condition is false. */
    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return this;
    }

    /** "1 field is not valid", "3 fields are not valid": the detail of a validation problem. */
    public static String countText(int count) {
        return count == 1 ? "1 field is not valid" : count + " fields are not valid";
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
