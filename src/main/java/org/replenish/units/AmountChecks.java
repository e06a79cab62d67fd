package org.replenish.units;

import org.replenish.validation.ViolationCode;
import org.replenish.validation.Violations;

/** Rejects amounts no person eats, drinks or loses in a day, whatever unit they came in. */
public final class AmountChecks {

    private final MineralConverter converter;
    private final double maximumMg;

    public AmountChecks(MineralConverter converter, double maximumMg) {
        this.converter = converter;
        this.maximumMg = maximumMg;
    }

    public void check(Mineral mineral, AmountInput amount, String field, Violations violations) {
        if (amount != null && amount.value() != null && amount.unit() != null
                && converter.toMilligrams(mineral, amount) > maximumMg) {
            violations.add(field + ".value", "must be at most " + Numbers.plain(maximumMg) + " mg once converted",
                    ViolationCode.OUT_OF_RANGE);
        }
    }

    /** Checks each mineral of a per-mineral object whose JSON path is prefix (e.g. "dietaryIntake"). */
    public void check(MineralAmounts amounts, String prefix, Violations violations) {
        if (amounts == null) {
            return;
        }
        for (Mineral mineral : Mineral.values()) {
            check(mineral, amounts.of(mineral), prefix + "." + MineralAmounts.fieldName(mineral), violations);
        }
    }
}
