package org.replenish.codes;

/** Codes of a drink check's warnings[]: cautions about how the drink is used. */
public enum DrinkWarningCode implements Code {
    OVERDRINKING_RISK,
    OVERDRINKING_RISK_FOR_AGE,
    VERY_HIGH_SODIUM,
    HIGH_POTASSIUM_DRINK,
    MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT,
    MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT_IF_ADDED;

    @Override
    public CodeSet set() {
        return CodeSet.DRINK_WARNING;
    }
}
