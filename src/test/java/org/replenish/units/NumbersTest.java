package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** A number as a person writes it is String.valueOf's text, without ".0" for whole numbers: String.valueOf is the oracle. */
class NumbersTest {

    private static String oracle(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Test
    void handWorkedNumbers() {
        assertEquals("14", Numbers.plain(14.0));
        assertEquals("0.5", Numbers.plain(0.5));
        assertEquals("-19.87", Numbers.plain(-19.87));
        assertEquals("0.30000000000000004", Numbers.plain(0.1 + 0.2)); // not a decimal of six decimals
        assertEquals("1.0E-4", Numbers.plain(0.0001));
        assertEquals("1.23456785E7", Numbers.plain(12_345_678.5)); // scientific from 10^7, as String.valueOf
    }

    @Test
    void decimalsOfUpToSixDecimalsAreWrittenAsStringValueOfWritesThem() {
        qt().forAll(longs().between(-20_000_000_000L, 20_000_000_000L), integers().between(1, 6)).check((digits, decimals) -> {
            double value = digits / Math.pow(10, decimals);
            return Numbers.plain(value).equals(oracle(value));
        });
    }

    @Test
    void anyDoubleIsWrittenAsStringValueOfWritesIt() {
        qt().forAll(doubles().any()).check(value -> Numbers.plain(value).equals(oracle(value)));
        qt().forAll(doubles().between(-1e8, 1e8)).check(value -> Numbers.plain(value).equals(oracle(value)));
    }
}
