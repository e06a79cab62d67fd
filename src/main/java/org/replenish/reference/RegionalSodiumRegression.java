package org.replenish.reference;

import org.replenish.vocabulary.Confidence;

/**
 * A regional (patch) sweat sodium converted to whole-body: slope x regional + intercept, in mmol/L (Baker 2016;
 * cross-validated by Baker 2020). Regional values overstate whole-body sweat sodium.
 */
public record RegionalSodiumRegression(double slope, double intercept, String sourceId, Confidence tag) {

    public double wholeBody(double regionalMmolPerLitre) {
        return slope * regionalMmolPerLitre + intercept;
    }
}
