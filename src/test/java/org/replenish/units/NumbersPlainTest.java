package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * A number for a message is written as a person writes it: whole numbers without ".0", everything else exactly as
 * {@code String.valueOf} writes it, which is the independent oracle for the digit-writing fast path.
 */
class NumbersPlainTest {

    private static String oracle(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Test
    void handWorkedTexts() {
        assertEquals("4700", Numbers.plain(4700.0));
        assertEquals("19.9", Numbers.plain(19.9));
        assertEquals("0.05", Numbers.plain(0.05));
        assertEquals("-1.25", Numbers.plain(-1.25));
        assertEquals("0.001", Numbers.plain(0.001));            // the smallest plain text
        assertEquals("1.0E-4", Numbers.plain(0.0001));          // scientific below 0.001, as String.valueOf
        assertEquals("9999999.5", Numbers.plain(9_999_999.5));
        assertEquals("1.25000005E7", Numbers.plain(12_500_000.5)); // scientific from 10^7, as String.valueOf
        assertEquals("0.1234567", Numbers.plain(0.1234567));    // seven decimals: left to String.valueOf
        assertEquals("0", Numbers.plain(-0.0));
    }

    @Test
    void agreesWithStringValueOfOnNumbersRoundedForMessages() {
        // Message parameters arrive rounded to 0 to 6 decimals, of any sign and magnitude.
        qt().forAll(doubles().between(-2e7, 2e7), integers().between(0, 6)).check((value, decimals) -> {
            double scale = Math.pow(10, decimals);
            double rounded = Math.round(value * scale) / scale;
            return Numbers.plain(rounded).equals(oracle(rounded));
        });
        qt().forAll(doubles().between(-2, 2), integers().between(0, 6)).check((value, decimals) -> {
            double scale = Math.pow(10, decimals);
            double rounded = Math.round(value * scale) / scale;
            return Numbers.plain(rounded).equals(oracle(rounded));
        });
    }

    @Test
    void agreesWithStringValueOfOnAnyNumber() {
        qt().forAll(doubles().any()).check(value -> Numbers.plain(value).equals(oracle(value)));
        qt().forAll(doubles().between(-1e8, 1e8)).check(value -> Numbers.plain(value).equals(oracle(value)));
    }

    @Test
    void agreesWithStringValueOfOnQuotientsOfSmallDecimals() {
        // Computed values such as 0.1 + 0.2 (0.30000000000000004) are not the double nearest a short decimal.
        for (int a = 1; a < 2000; a++) {
            for (int b = 1; b < 50; b++) {
                double value = a / 1000.0 + b / 7.0;
                assertEquals(oracle(value), Numbers.plain(value), a + "/1000 + " + b + "/7");
                double sum = a / 10.0 + b / 100.0;
                assertEquals(oracle(sum), Numbers.plain(sum), a + "/10 + " + b + "/100");
            }
        }
    }
}
