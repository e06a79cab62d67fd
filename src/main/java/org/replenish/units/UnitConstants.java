package org.replenish.units;

/** Exact definitions of the non-metric units the API accepts. */
final class UnitConstants {
    /** 1 US fluid ounce = 1/128 US gallon = 29.5735295625 mL (exact by definition). */
    static final double ML_PER_US_FL_OZ = 29.5735295625;
    /** 1 avoirdupois pound = 0.45359237 kg (exact by the 1959 international agreement). */
    static final double KG_PER_LB = 0.45359237;

    private UnitConstants() {
    }
}
