package org.replenish.reference;

import org.replenish.units.Numbers;

/**
 * The sweat-rate defaults are adult population data and the sources give no youth values: below belowAgeYears a
 * population sweat-volume band has its low end multiplied by lowEndFactor (a design choice, tagged M).
 */
public record YouthSweat(SourcedValue belowAgeYears, SourcedValue lowEndFactor) {

    /** Why a population band was widened: the text of the YOUTH_SWEAT_BAND_WIDENED assumption of every feature. */
    public String explanation() {
        return "the population sweat rates are adult data and Replenish's sources give none for people under "
                + Numbers.plain(belowAgeYears.value()) + ", so the low end of the sweat volume is multiplied by "
                + Numbers.plain(lowEndFactor.value()) + " (a design choice); a measured sweat rate or body-mass change "
                + "is much better.";
    }
}
