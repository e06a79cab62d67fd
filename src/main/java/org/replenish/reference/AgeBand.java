package org.replenish.reference;

/**
 * An age band of a basis, in years: from (inclusive) to (exclusive), unless the table's wording says otherwise: the
 * month bands of the DRI tables put exactly 6 months in "0-6 months" (toInclusive) and so not in "7-12 months"
 * (fromExclusive).
 */
public record AgeBand(String id, double fromYears, double toYears, String label, Boolean fromExclusive,
                      Boolean toInclusive) {

    public boolean contains(double ageYears) {
        boolean above = Boolean.TRUE.equals(fromExclusive) ? ageYears > fromYears : ageYears >= fromYears;
        boolean below = Boolean.TRUE.equals(toInclusive) ? ageYears <= toYears : ageYears < toYears;
        return above && below;
    }
}
