package org.replenish.units;

/** Formats numbers for messages. */
public final class Numbers {

    private static final long MILLION = 1_000_000;

    private Numbers() {
    }

    /** A measured number for a message, to one decimal: 19.87 as 19.9, 20.0 as 20. */
    public static String oneDecimal(double value) {
        return plain(tenth(value));
    }

    /** A percentage as the answers show it, to 0.01: thresholds compare this, so a flag agrees with the number shown. */
    public static double hundredth(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A measured number rounded to one decimal for a message parameter: 19.87 as 19.9. */
    public static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * Appends the decimal digits of fraction / scale without trailing zeros, leading zeros kept: 50 of 1000 as "05";
     * fraction from 1 to scale - 1, scale a power of ten. The fraction writer of message texts and parameters (the
     * JSON answers' DecimalText writes its own into a char buffer, on the hotter path).
     */
    public static StringBuilder appendDecimals(StringBuilder out, long fraction, long scale) {
        for (long place = scale / 10; fraction != 0; place /= 10) {
            out.append((char) ('0' + fraction / place));
            fraction %= place;
        }
        return out;
    }

    /** Whether String.valueOf (and Jackson) write a double of this magnitude in plain notation: 0.001 to below 10^7. */
    public static boolean writtenPlain(double magnitude) {
        return magnitude >= 1e-3 && magnitude < 1e7;
    }

    /**
     * A number as a person writes it: 14 rather than 14.0, 0.5 as 0.5; otherwise as {@code String.valueOf} writes it.
     * A number with at most six decimals is written from its digits: JDK 17's double-to-text conversion cost more than
     * a percent of each answer, whose message parameters are numbers rounded for display.
     */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double magnitude = Math.abs(value);
        if (writtenPlain(magnitude)) {
            long millionths = Math.round(magnitude * MILLION);
            // Exactly the double nearest a decimal of at most six places: that decimal is its shortest text, the one
            // String.valueOf writes (plain notation from 0.001 to 10^7).
            if (millionths / (double) MILLION == magnitude) {
                StringBuilder text = new StringBuilder(24).append(value < 0 ? "-" : "").append(millionths / MILLION);
                return appendDecimals(text.append('.'), millionths % MILLION, MILLION).toString();
            }
        }
        return String.valueOf(value);
    }
}
