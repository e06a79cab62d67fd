package org.replenish.reference;

/**
 * The sweat data of the sheet are adult athletes' (sheet 11): below belowAgeYears no sweat loss is estimated from them
 * without a measurement (a design choice, tagged M), and drinking is judged against drinkingCeilingMillilitresPerHour
 * (AAP 2011 for 9-12 years, the nearest sourced figure also below 9) instead of an expected sweat loss.
 */
public record ChildSweat(SourcedValue belowAgeYears, SourcedValue drinkingCeilingMillilitresPerHour) {
}
