package org.replenish.units;

/** An uncertain quantity: low <= expected <= high, in whatever unit the holder names. */
public record Band(double low, double expected, double high) {

    public static final Band ZERO = new Band(0, 0, 0);

    public static Band exactly(double value) {
        return new Band(value, value, value);
    }

    public Band plus(Band other) {
        return new Band(low + other.low, expected + other.expected, high + other.high);
    }

    public Band plus(double value) {
        return new Band(low + value, expected + value, high + value);
    }

    /** Each point less the amount, never below zero; the order low <= expected <= high is kept. */
    public Band minusFloorZero(double amount) {
        return new Band(Math.max(0, low - amount), Math.max(0, expected - amount), Math.max(0, high - amount));
    }

    /** Point-by-point product of two non-negative bands: the low end with the low end, and so on. */
    public Band times(Band other) {
        return new Band(low * other.low, expected * other.expected, high * other.high);
    }

    public Band times(double factor) {
        return new Band(low * factor, expected * factor, high * factor);
    }
}
