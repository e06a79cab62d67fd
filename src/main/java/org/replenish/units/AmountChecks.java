package org.replenish.units;

/** Rejects amounts no person eats, drinks or loses in a day, whatever unit they came in. */
public final class AmountChecks {

    private final MineralConverter converter;
    private final double maximumMg;

    public AmountChecks(MineralConverter converter, double maximumMg) {
        this.converter = converter;
        this.maximumMg = maximumMg;
    }

    /** True unless the amount is complete and above the maximum once converted (missing parts are reported apart). */
    public boolean plausible(Mineral mineral, AmountInput amount) {
        return amount == null || amount.value() == null || amount.unit() == null
                || converter.toMilligrams(mineral, amount) <= maximumMg;
    }

    /** What an implausible amount's value is told. */
    /** The largest plausible amount, in mg. */
    public double maximumMg() {
        return maximumMg;
    }

    public String message() {
        return "must be at most " + Numbers.plain(maximumMg) + " mg once converted";
    }
}
