package org.replenish.reference;

import java.util.Map;
import org.replenish.units.Mineral;

/** Thresholds and guidance ranges of the drink adequacy check. */
public record DrinkGuidance(
        ClaimThresholds claimThresholds,
        VerdictRules verdictRules,
        Map<CompositionCheck, GuidanceRange> compositionRanges,
        CategoryRules categoryRules,
        Tonicity tonicity,
        PlausibleMaximum plausibleMaximumMmolPerLitre,
        DailyFluid dailyFluid,
        Limits limits) {

    /** FDA nutrient-content claims per serving, in % DV. */
    public record ClaimThresholds(String sourceId, Confidence tag, double goodFromPercentDailyValue,
                                  double highFromPercentDailyValue) {
    }

    /** When a drink is ADEQUATE or PARTIAL for potassium and magnesium. */
    public record VerdictRules(String sourceId, Confidence tag, WithSession withSession, WithoutSession withoutSession) {

        public record WithSession(double adequateFromShareOfExpectedLoss, double partialFromShareOfExpectedLoss) {
        }

        public record WithoutSession(double adequateFromPercentDailyValue, double partialFromPercentDailyValue) {
        }
    }

    /** A recommended range, in the unit named. */
    public record GuidanceRange(double low, double high, String unit, String sourceId, Confidence tag) {
    }

    /** Thresholds that place a drink in a category. */
    public record CategoryRules(String sourceId, Confidence tag, double oralRehydrationMinimumSodiumMmolPerLitre,
                                double oralRehydrationMaximumCarbohydratePercent,
                                double concentrateAboveSodiumMmolPerLitre, double lowElectrolyteBelowSodiumMmolPerLitre) {
    }

    /** Tonicity bands and the molar masses of the label-based osmolality estimate. */
    public record Tonicity(String sourceId, Confidence tag, double isotonicFromMosmPerKg, double hypertonicAboveMosmPerKg,
                           double monosaccharideMolarMass, double sucroseMolarMass) {
    }

    /** Concentrations no drink plausibly exceeds, in mmol/L. */
    public record PlausibleMaximum(String sourceId, Confidence tag, Map<Mineral, Double> byMineral) {
    }

    /** The most of one drink a day that a target is held against: a larger volume means the drink cannot supply it. */
    public record DailyFluid(String sourceId, Confidence tag, double plausibleMaximumMillilitres, String reason) {
    }

    /** Bounds on serving and consumed volumes. */
    public record Limits(String sourceId, Confidence tag, double maximumServingVolumeMillilitres,
                         double maximumConsumedVolumeMillilitres, double maximumServings,
                         double maximumOsmolalityMosmPerKg) {
    }
}
