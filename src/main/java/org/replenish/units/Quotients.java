package org.replenish.units;

/**
 * Division by a number that came from a client. The input ranges keep every such divisor at or above
 * {@link InputRange#SMALLEST}; should one slip through (a zero, a subnormal), this fails loudly as a 500 rather than
 * handing Infinity or NaN on to a response.
 */
public final class Quotients {

    private Quotients() {
    }

    public static double of(double dividend, double divisor) {
        double quotient = dividend / divisor;
        if (!Double.isFinite(quotient)) {
            throw new ArithmeticException("Non-finite quotient " + dividend + " / " + divisor);
        }
        return quotient;
    }
}
