package org.replenish.units;

/** Formats numbers for messages. */
public final class Numbers {

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
     * The decimal digits of fraction / scale without trailing zeros, leading zeros kept: 50 of 1000 as "05". For
     * writers of numbers from their digits; fraction from 1 to scale - 1, scale a power of ten.
     */
    public static String decimals(long fraction, long scale) {
        String padded = Long.toString(scale + fraction); // "1" then the digits
        int end = padded.length();
        while (padded.charAt(end - 1) == '0') {
            end--;
        }
        return padded.substring(1, end);
    }

    /** A number as a person writes it: 14 rather than 14.0, 0.5 as 0.5. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
