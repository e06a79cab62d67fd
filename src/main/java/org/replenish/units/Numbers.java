package org.replenish.units;

/** Formats numbers for messages. */
public final class Numbers {

    private static final long MILLION = 1_000_000;
    // String.valueOf writes plain notation in this range, scientific outside it.
    private static final double PLAIN_FROM = 1e-3;
    private static final double PLAIN_BELOW = 1e7;

    private Numbers() {
    }

    /** A measured number for a message, to one decimal: 19.87 as 19.9, 20.0 as 20. */
    public static String oneDecimal(double value) {
        return plain(tenth(value));
    }

    /** A measured number rounded to one decimal for a message parameter: 19.87 as 19.9. */
    public static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The decimal digits of fraction / scale without trailing zeros, leading zeros kept: 50 of 1000 as "05"; fraction
     * from 1 to scale - 1, scale a power of ten.
     */
    private static String decimals(long fraction, long scale) {
        String padded = Long.toString(scale + fraction); // "1" then the digits
        int end = padded.length();
        while (padded.charAt(end - 1) == '0') {
            end--;
        }
        return padded.substring(1, end);
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
        if (magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW) {
            long millionths = Math.round(magnitude * MILLION);
            // Exactly the double nearest a decimal of at most six places: that decimal is its shortest text, the one
            // String.valueOf writes (plain notation from 0.001 to 10^7).
            if (millionths / (double) MILLION == magnitude) {
                String digits = (millionths / MILLION) + "." + decimals(millionths % MILLION, MILLION);
                return value < 0 ? "-" + digits : digits;
            }
        }
        return String.valueOf(value);
    }
}
