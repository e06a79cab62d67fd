package org.replenish.drink;

import java.util.Map;
import org.replenish.reference.SourcedValue;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** Thresholds and guidance ranges of the drink adequacy check. */
public record DrinkGuidance(
        ClaimThresholds claimThresholds,
        VerdictRules verdictRules,
        ReferenceAmount referenceAmount,
        Map<CompositionCheck, GuidanceRange> compositionRanges,
        CategoryRules categoryRules,
        Tonicity tonicity,
        CarbohydrateMixtures carbohydrateMixtures,
        PlausibleMaximum plausibleMaximumMmolPerLitre,
        DailyFluid dailyFluid,
        Limits limits,
        EuLabels euLabels) {

    /** FDA nutrient-content claims per serving, in % DV. */
    public record ClaimThresholds(String sourceId, Confidence tag, double goodFromPercentDailyValue,
                                  double highFromPercentDailyValue) {
    }

    /** When the amount of a mineral is ADEQUATE or PARTIAL against the daily target, and when sweat loss is replaced. */
    public record VerdictRules(String sourceId, Confidence tag, AgainstTarget againstTarget, Replacement replacement) {

        public record AgainstTarget(double adequateFromPercentOfTarget, double partialFromPercentOfTarget,
                                    String rationale) {
        }

        public record Replacement(double replacedFromShareOfExpectedLoss, double partlyFromShareOfExpectedLoss,
                                  String rationale) {
        }
    }

    /** The reference amount customarily consumed of a beverage, which nutrient-content claims are made per. */
    public record ReferenceAmount(double millilitres, String sourceId, Confidence tag) {
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

    /** How the osmolality estimate counts sugar mixtures whose proportions a label does not give. */
    public record CarbohydrateMixtures(String sourceId, Confidence tag, double mixtureExpectedMonosaccharideShare,
                                       double syrupLowMonosaccharideShare, String reason) {
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

    /**
     * What an EU label says and the EU rules judge (issue 30, sheet 9): salt to sodium, the reference intakes of
     * minerals (Reg. (EU) 1169/2011) and the nutrition claims of a beverage per 100 mL (Reg. (EC) 1924/2006).
     */
    public record EuLabels(String sourceId, Confidence tag, double sodiumMgPerSaltGram,
                           Map<Mineral, Double> referenceIntakeMg, EuClaims claims,
                           CesConditions carbohydrateElectrolyteSolution) {

        /** The EU reference intake of a mineral in mg, or null: sodium has none. */
        public Double referenceIntake(Mineral mineral) {
            return referenceIntakeMg.get(mineral);
        }
    }

    /** The EU nutrition-claim thresholds for a beverage, per 100 mL. */
    public record EuClaims(String sourceId, Confidence tag, double sourceFromPercentPer100mL,
                           double highFromPercentPer100mL, double lowSodiumAtMostMgPer100mL,
                           double veryLowSodiumAtMostMgPer100mL, double sodiumFreeAtMostMgPer100mL) {
    }

    /**
     * The conditions of use of the authorised claims on carbohydrate-electrolyte solutions (EFSA 2011, restating the
     * SCF; Reg. (EU) 432/2012 follows it), with the energy of a gram of carbohydrate (Reg. (EU) 1169/2011 Annex XIV,
     * not on the sheet: tag M).
     */
    public record CesConditions(String sourceId, Confidence tag, Bounds energyFromCarbohydrateKcalPerLitre,
                                double highGlycaemicShareOfEnergyFromPercent, Bounds sodiumMmolPerLitre,
                                Bounds osmolalityMosmPerKg, SourcedValue carbohydrateKcalPerGram) {
    }

    /** A closed range, low and high included. */
    public record Bounds(double low, double high) {

        boolean holds(double value) {
            return value >= low && value <= high;
        }
    }
}
