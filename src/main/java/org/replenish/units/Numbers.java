package org.replenish.units;

/** Formats numbers for messages. */
public final class Numbers {

    // String.valueOf writes plain notation from 10^-3 up to 10^7, scientific outside.
    private static final double PLAIN_FROM = 1e-3;
    private static final double PLAIN_BELOW = 1e7;
    private static final long MILLION = 1_000_000;

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

    /** A number as a person writes it: 14 rather than 14.0, 0.5 as 0.5. */
    public static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String decimal = sixDecimals(value);
        return decimal != null ? decimal : String.valueOf(value);
    }

    /**
     * What String.valueOf writes for a double that is exactly the nearest double to a decimal of at most six decimals
     * from 0.001 to 10^7 (plain notation there), written from its digits: on JDK 17 String.valueOf is slow, and
     * message parameters are mostly such numbers. Null for any other double.
     */
    private static String sixDecimals(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW)) {
            return null;
        }
        long millionths = Math.round(magnitude * MILLION);
        if ((double) millionths / MILLION != magnitude) {
            return null; // not a decimal of six decimals, e.g. 0.1 + 0.2
        }
        StringBuilder text = new StringBuilder(20);
        if (value < 0) {
            text.append('-');
        }
        text.append(millionths / MILLION).append('.');
        String fraction = Long.toString(MILLION + millionths % MILLION); // "1" then six digits
        int end = fraction.length();
        while (fraction.charAt(end - 1) == '0') {
            end--;
        }
        return text.append(fraction, 1, end).toString();
    }
}
