package org.replenish.reference;

/** An age band of a basis: from (inclusive) to (exclusive), in years. */
public record AgeBand(String id, double fromYears, double toYears, String label) {

    public boolean contains(double ageYears) {
        return ageYears >= fromYears && ageYears < toYears;
    }
}
