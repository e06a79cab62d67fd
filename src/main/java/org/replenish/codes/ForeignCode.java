package org.replenish.codes;

/**
 * A constant of an enum that lives outside the codes package as a code of one of the catalogue's sets: validation's
 * violation kinds and rules across fields, and the risk factors of the vocabulary, which may not depend on this
 * package. The catalogue gives each a template like any other code.
 */
public record ForeignCode(Enum<?> constant, CodeSet set) implements Code {

    @Override
    public String name() {
        return constant.name();
    }
}
