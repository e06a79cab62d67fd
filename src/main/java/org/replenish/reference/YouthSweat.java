package org.replenish.reference;

/**
 * The sweat-rate defaults are adult population data and the sources give no youth values: below belowAgeYears a
 * population sweat-volume band has its low end multiplied by lowEndFactor (a design choice, tagged M).
 */
public record YouthSweat(SourcedValue belowAgeYears, SourcedValue lowEndFactor) {
}
