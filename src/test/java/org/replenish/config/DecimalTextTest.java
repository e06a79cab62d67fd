package org.replenish.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * A rounded number's text, written from its digits, is exactly what Jackson writes for the rounded double (the
 * service's setting, the fast double writer): Jackson is the oracle, so the answers' bytes do not change.
 */
class DecimalTextTest {

    private static final JsonMapper JACKSON = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private static String jackson(double value) {
        try {
            return JACKSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One buffer for every number, as the serializer reuses its thread's: a text must not depend on the last one. */
    private static final char[] BUFFER = new char[DecimalText.BUFFER_LENGTH];

    /** DecimalText's text of value, or null where it leaves the number to Jackson. */
    private static String text(double value, int decimals) {
        char[] buffer = BUFFER;
        int start = DecimalText.write(value, decimals, buffer);
        return start < 0 ? null : new String(buffer, start, buffer.length - start);
    }

    /** Where DecimalText answers, it answers what Jackson writes for OutputPrecision's rounded double. */
    private static boolean agrees(double value, int decimals) {
        String text = text(value, decimals);
        return text == null || text.equals(jackson(OutputPrecision.Rule.decimals(decimals).round(value)));
    }

    @Test
    void handWorkedTexts() {
        assertEquals("4700.0", text(4700, 1));        // Jackson writes a whole double with ".0"
        assertEquals("3.81", text(99 / 2600.0 * 100, 2)); // 3.8077 % to 0.01
        assertEquals("0.05", text(0.049999, 3));
        assertEquals("-1.25", text(-1.2499, 2));
        assertEquals("-2.0", text(-2.5, 0));          // half up, as Math.round: -2.5 to -2
        assertEquals("9999999.9", text(9_999_999.9, 1));
        assertEquals("0.0", text(0, 1));
        assertEquals("-0.0", text(-0.0, 1));         // an exact zero keeps its sign, as the double did
        assertEquals("0.0", text(-0.04, 1));         // Math.round(-0.4) is 0: +0.0
    }

    @Test
    void leavesToJacksonWhatItWritesOtherwise() {
        assertNull(text(0.0004, 4));       // 4.0E-4: scientific below 0.001
        assertNull(text(1.2e7, 1));        // 1.2E7: scientific from 10^7
        assertNull(text(1e15, 3));         // more than 15 digits
    }

    @Test
    void agreesWithJacksonOnRandomNumbersOfEveryMagnitude() {
        qt().forAll(doubles().between(-1e8, 1e8), integers().between(0, 8)).check(DecimalTextTest::agrees);
        qt().forAll(doubles().between(-2, 2), integers().between(0, 8)).check(DecimalTextTest::agrees);
        qt().forAll(doubles().any(), integers().between(0, 15)).check((value, decimals) ->
                !Double.isFinite(value) || agrees(value, decimals));
    }

    @Test
    void agreesWithJacksonOnTiesAndBoundaries() {
        double[] values = {0, -0.0, -0.0001, 0.0004, 0.0005, 0.00049, 0.001, 0.0015, 0.125, -0.125, 2.675, 1.005, -0.05, 9_999_999.95,
                9_999_999.94, 99_999_999_999.999, 123_456_789_012.345};
        for (double value : values) {
            for (int decimals = 0; decimals <= 8; decimals++) {
                String text = text(value, decimals);
                if (text != null) {
                    assertEquals(jackson(OutputPrecision.Rule.decimals(decimals).round(value)), text, value + " to " + decimals);
                }
            }
        }
    }
}
