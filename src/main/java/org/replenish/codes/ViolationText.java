package org.replenish.codes;

import org.replenish.validation.ViolationCode;

/**
 * A violation kind as a code of the catalogue's VIOLATION set, so an app finds a template for every kind a problem's
 * violations[].code names. The kinds themselves are validation's {@link ViolationCode}; this only gives them a place
 * among the codes (validation may not depend on the codes package).
 */
record ViolationText(ViolationCode kind) implements Code {

    @Override
    public String name() {
        return kind.name();
    }

    @Override
    public CodeSet set() {
        return CodeSet.VIOLATION;
    }
}
