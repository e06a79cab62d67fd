package org.replenish.units;

import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** Atomic weight and ionic charge of a mineral, the basis of every unit conversion. */
public record Element(Mineral mineral, String symbol, double atomicWeight, int valence, String sourceId, Confidence tag) {

    /** Charge magnitude: one mmol of the ion carries this many mEq. */
    public int chargeMagnitude() {
        return Math.abs(valence);
    }
}
