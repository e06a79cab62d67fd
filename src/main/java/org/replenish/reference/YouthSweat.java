package org.replenish.reference;

import org.replenish.codes.AssumptionCode;

/**
 * The sweat-rate defaults are adult population data and the sources give no youth values: below belowAgeYears a
 * population sweat-volume band has its low end multiplied by lowEndFactor (a design choice, tagged M).
 */
public record YouthSweat(SourcedValue belowAgeYears, SourcedValue lowEndFactor) {

    /**
     * Adds the YOUTH_SWEAT_BAND_WIDENED assumption of every feature; it concerns the sessions with a population sweat
     * rate, which POPULATION_SWEAT_RATE lists.
     */
    public void addAssumption(Assumptions assumptions) {
        assumptions.add(AssumptionCode.YOUTH_SWEAT_BAND_WIDENED, "belowAgeYears", belowAgeYears.value(),
                "lowEndFactor", lowEndFactor.value());
    }
}
