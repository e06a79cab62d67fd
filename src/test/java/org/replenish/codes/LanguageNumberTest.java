package org.replenish.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.text.NumberFormat;
import org.junit.jupiter.api.Test;

/**
 * Message numbers are written as the JDK's NumberFormat writes them for the language (grouped thousands, at most six
 * decimals): the fast path must never differ from it. NumberFormat is the independent oracle here.
 */
class LanguageNumberTest {

    private static String jdk(Language language, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    @Test
    void handWorkedNumbers() {
        assertEquals("4,700", Language.EN.number(4700));
        assertEquals("4.700", Language.DE.number(4700));
        assertEquals("0,5", Language.DE.number(0.5));
        assertEquals("1,234,567.125", Language.EN.number(1234567.125));
        assertEquals("-14", Language.EN.number(-14.0));
        assertEquals("0.000001", Language.EN.number(0.000001));
        assertEquals("0", Language.EN.number(0));
    }

    @Test
    void numbersRoundedAsParametersAreWrittenAsTheJdkWritesThem() {
        // Parameters arrive rounded to 0 to 6 decimals, of any sign and magnitude.
        qt().forAll(arbitrary().enumValues(Language.class), doubles().between(-1e10, 1e10), integers().between(0, 6))
                .check((language, value, decimals) -> {
                    double scale = Math.pow(10, decimals);
                    double rounded = Math.round(value * scale) / scale;
                    return language.number(rounded).equals(jdk(language, rounded));
                });
    }

    @Test
    void anyDoubleIsWrittenAsTheJdkWritesIt() {
        // Unrounded, tiny, negative near zero, ties at the seventh decimal and beyond the fast path's range.
        qt().forAll(arbitrary().enumValues(Language.class), doubles().any())
                .check((language, value) -> !Double.isFinite(value) || language.number(value).equals(jdk(language, value)));
        for (double value : new double[] {-0.0, -1e-10, 0.0000005, 0.0000015, 2.5e-7, 999_999_999.9999995, 1e9, 1e20}) {
            for (Language language : Language.values()) {
                assertEquals(jdk(language, value), language.number(value), language + " " + value);
            }
        }
    }
}
