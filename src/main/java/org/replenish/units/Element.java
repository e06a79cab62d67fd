package org.replenish.units;

import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/**
 * Atomic weight (molar mass for bicarbonate) and ionic charge of a mineral, the basis of every unit conversion.
 * milliequivalentsRefusal is null when mEq is offered, else the reason given to a client that asks for mEq;
 * intakeReference is false for a mineral without daily targets (bicarbonate) and true when absent; note explains what
 * the service does and does not do with the mineral, with its own source and tag.
 */
public record Element(Mineral mineral, String symbol, double atomicWeight, Integer valence, String sourceId,
                      Confidence tag, String milliequivalentsRefusal, Boolean intakeReference, String note,
                      String noteSourceId, Confidence noteTag) {

    /** Whether the mineral has daily targets and upper limits (every mineral but bicarbonate). */
    public boolean hasIntakeReference() {
        return !Boolean.FALSE.equals(intakeReference);
    }

    /** Whether amounts of this mineral have a value in mEq. */
    public boolean hasMilliequivalents() {
        return milliequivalentsRefusal == null;
    }

    /** Charge magnitude: one mmol of the ion carries this many mEq. Only for minerals with milliequivalents. */
    public int chargeMagnitude() {
        if (!hasMilliequivalents()) {
            throw new IllegalArgumentException(mineral + " has no milliequivalents: " + milliequivalentsRefusal);
        }
        return Math.abs(valence);
    }
}
