package org.replenish.config;

import org.replenish.units.Numbers;

/**
 * The JSON text of a number rounded to a number of decimals, written from its digits instead of through the double
 * it rounds to: the same text Jackson writes for that double (the shortest that reads back as it, plain from 0.001 to
 * 10,000,000, at least one decimal: 4700.0, 0.05), at a fraction of the cost. Writing the doubles of an answer took
 * 18 % of a capsule comparison's CPU and a third of a batch's (issue 14's profiles).
 */
final class DecimalText {

    // Up to 15 significant digits a decimal is the shortest text of its nearest double; more are left to Jackson.
    private static final long DIGITS_BELOW = 1_000_000_000_000_000L;
    private static final long[] POWERS_OF_TEN = new long[16];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private DecimalText() {
    }

    /** The length of the buffer {@link #write} fills from its end: the longest text it writes, with room to spare. */
    static final int BUFFER_LENGTH = 24;

    /**
     * Writes value rounded half up to decimals decimals, as Jackson writes the rounded double, into the end of text
     * (BUFFER_LENGTH long) and returns where it starts; -1 where this cannot match Jackson exactly (scientific
     * notation, more than 15 digits), for the caller to write the double. The caller's buffer is reused from number
     * to number: the String and its copy this returned before were 17 % of a deficit estimate's allocation (JFR).
     */
    static int write(double value, int decimals, char[] text) {
        if (decimals < 0 || decimals >= POWERS_OF_TEN.length) {
            return -1;
        }
        long scale = POWERS_OF_TEN[decimals];
        double scaled = value * scale;
        if (!(Math.abs(scaled) < DIGITS_BELOW)) {
            return -1;
        }
        long rounded = Math.round(scaled); // as OutputPrecision.Rule.round: half up, -2.5 to -2
        long digits = Math.abs(rounded);
        if (digits == 0) {
            // Rule.round keeps an exact zero's sign (-0.0) and makes anything that rounds to zero +0.0.
            int start = BUFFER_LENGTH - 3;
            text[start] = '0';
            text[start + 1] = '.';
            text[start + 2] = '0';
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                text[--start] = '-';
            }
            return start;
        }
        double magnitude = (double) digits / scale;
        if (!Numbers.writtenPlain(magnitude)) { // Jackson writes scientific notation outside it
            return -1;
        }
        // The digits straight into the buffer from the right, not through Numbers.appendDecimals' StringBuilder: this
        // writes every number of every answer (A/B runs of the two showed no gain from sharing, possibly a loss).
        int start = BUFFER_LENGTH;
        long fraction = digits % scale;
        int fractionDigits = decimals;
        while (fraction != 0 && fraction % 10 == 0) { // trailing zeros go: 0.50 is 0.5
            fraction /= 10;
            fractionDigits--;
        }
        if (fraction == 0) {
            text[--start] = '0'; // a whole number keeps one decimal: 4700.0
        } else {
            for (int i = 0; i < fractionDigits; i++, fraction /= 10) {
                text[--start] = (char) ('0' + fraction % 10);
            }
        }
        text[--start] = '.';
        long whole = digits / scale;
        do {
            text[--start] = (char) ('0' + whole % 10);
            whole /= 10;
        } while (whole != 0);
        if (rounded < 0) {
            text[--start] = '-';
        }
        return start;
    }
}
