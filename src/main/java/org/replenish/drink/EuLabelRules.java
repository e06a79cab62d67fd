package org.replenish.drink;

import org.replenish.units.Mineral;

/**
 * A drink's minerals as an EU label and the EU claims rules read them, per 100 mL (issue 30, sheet 9): shares of the
 * EU reference intakes and the nutrition claims of a beverage. Computed whatever the basis, beside the US ones. Pure.
 */
final class EuLabelRules {

    private static final double LITRES_PER_100_ML = 0.1;

    private final DrinkGuidance.EuLabels eu;

    EuLabelRules(DrinkGuidance.EuLabels eu) {
        this.eu = eu;
    }

    /** 100 mL of the drink as a percentage of the mineral's EU reference intake; null for sodium, which has none. */
    Double percentPer100mL(Mineral mineral, double mgPerLitre) {
        return percent(mineral, mgPerLitre * LITRES_PER_100_ML);
    }

    /** One label serving as a percentage of the mineral's EU reference intake; null for sodium. */
    Double percentPerServing(Mineral mineral, double perServingMg) {
        return percent(mineral, perServingMg);
    }

    /** The claim 100 mL supports: HIGH from twice the significant amount, SOURCE from it; null for sodium. */
    EuClaim claim(Mineral mineral, double mgPerLitre) {
        Double percent = percentPer100mL(mineral, mgPerLitre);
        if (percent == null) {
            return null;
        }
        DrinkGuidance.EuClaims claims = eu.claims();
        if (percent >= claims.highFromPercentPer100mL()) {
            return EuClaim.HIGH;
        }
        return percent >= claims.sourceFromPercentPer100mL() ? EuClaim.SOURCE : EuClaim.NONE;
    }

    /** The sodium claim 100 mL supports, or null when the label states no sodium (nor salt). */
    EuSodiumClaim sodiumClaim(Double sodiumMgPerLitre) {
        if (sodiumMgPerLitre == null) {
            return null;
        }
        double per100mL = sodiumMgPerLitre * LITRES_PER_100_ML;
        DrinkGuidance.EuClaims claims = eu.claims();
        if (per100mL <= claims.sodiumFreeAtMostMgPer100mL()) {
            return EuSodiumClaim.SODIUM_FREE;
        }
        if (per100mL <= claims.veryLowSodiumAtMostMgPer100mL()) {
            return EuSodiumClaim.VERY_LOW_SODIUM;
        }
        return per100mL <= claims.lowSodiumAtMostMgPer100mL() ? EuSodiumClaim.LOW_SODIUM : EuSodiumClaim.NONE;
    }

    private Double percent(Mineral mineral, double mg) {
        Double referenceIntake = eu.referenceIntake(mineral);
        return referenceIntake == null ? null : mg / referenceIntake * 100.0;
    }
}
