package org.replenish.reference;

/** A sweat concentration in mmol/L: the expected value and the band around it. */
public record ConcentrationRange(double expected, double low, double high, String sourceId, Confidence tag) {
}
