package org.replenish.units;

/**
 * The range every measured number in a request must lie in, in the client's own unit: 0, or from {@link #SMALLEST} to
 * {@link #LARGEST}. Per-quantity limits in converted units (100 g of a mineral, 2 to 400 kg, 6 L/h, 5 L a serving)
 * apply on top. Both bounds are Replenish design choices (tag M).
 */
public final class InputRange {

    /**
     * One thousandth of the unit (1 microgram, 1 micromole, 1 microlitre): far below anything a label, a diet record or
     * a scale states, and large enough that every quotient the service forms (e.g. 20,000 mg of target over 0.001 mg a
     * capsule) stays a finite number. A subnormal such as 5e-324 would turn those quotients into Infinity.
     */
    public static final double SMALLEST = 0.001;

    /** 100,000 of the unit: beyond any daily amount, volume, mass or rate in any accepted unit; products stay finite. */
    public static final double LARGEST = 100_000;

    /**
     * True when a number lies in this range (0, or SMALLEST to LARGEST). A rule across fields checks only numbers that
     * do: Bean Validation runs every constraint, so a class-level rule also sees the numbers the field's own range
     * refuses, and arithmetic on them would not be finite.
     */
    public static boolean holds(double value) {
        return value == 0 || (value >= SMALLEST && value <= LARGEST);
    }

    private InputRange() {
    }
}
