package org.replenish.reference;

import org.replenish.vocabulary.Confidence;

/** A population sweat rate: mean and standard deviation in L/h. */
public record SweatRateDefault(double litresPerHour, double standardDeviation, String sourceId, Confidence tag) {
}
