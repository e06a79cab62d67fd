package org.replenish.drink;

import org.replenish.reference.FeatureFileReader;
import org.replenish.units.Mineral;

/** Checks the drink guidance for completeness and sensible order. */
final class DrinkGuidanceCheck {

    private DrinkGuidanceCheck() {
    }

    static void check(String file, DrinkGuidance drink, FeatureFileReader reader) {
        DrinkGuidance.ClaimThresholds claims = drink.claimThresholds();
        reader.require(claims != null && 0 < claims.goodFromPercentDailyValue()
                && claims.goodFromPercentDailyValue() < claims.highFromPercentDailyValue(), file, "claimThresholds",
                "needs 0 < good < high");
        reader.requireSource(file, "claimThresholds", claims.sourceId(), claims.tag());
        DrinkGuidance.VerdictRules verdicts = drink.verdictRules();
        reader.require(verdicts != null && verdicts.againstTarget() != null && verdicts.replacement() != null
                && 0 < verdicts.againstTarget().partialFromPercentOfTarget()
                && verdicts.againstTarget().partialFromPercentOfTarget() < verdicts.againstTarget().adequateFromPercentOfTarget()
                && verdicts.againstTarget().rationale() != null
                && 0 < verdicts.replacement().partlyFromShareOfExpectedLoss()
                && verdicts.replacement().partlyFromShareOfExpectedLoss() < verdicts.replacement().replacedFromShareOfExpectedLoss()
                && verdicts.replacement().rationale() != null,
                file, "verdictRules", "needs 0 < partial < adequate (or replaced) and a rationale in both rules");
        reader.requireSource(file, "verdictRules", verdicts.sourceId(), verdicts.tag());
        DrinkGuidance.ReferenceAmount reference = drink.referenceAmount();
        reader.require(reference != null && reference.millilitres() > 0, file, "referenceAmount", "needs positive millilitres");
        reader.requireSource(file, "referenceAmount", reference.sourceId(), reference.tag());
        reader.require(drink.compositionRanges() != null, file, "compositionRanges", "missing");
        for (CompositionCheck check : CompositionCheck.values()) {
            DrinkGuidance.GuidanceRange range = drink.compositionRanges().get(check);
            String entry = "compositionRanges." + check;
            reader.require(range != null && 0 <= range.low() && range.low() < range.high() && range.unit() != null, file, entry,
                    "needs 0 <= low < high and a unit");
            reader.requireSource(file, entry, range.sourceId(), range.tag());
        }
        DrinkGuidance.CategoryRules categories = drink.categoryRules();
        reader.require(categories != null && categories.lowElectrolyteBelowSodiumMmolPerLitre() > 0
                && categories.oralRehydrationMaximumCarbohydratePercent() > 0
                && categories.concentrateAboveSodiumMmolPerLitre() > categories.lowElectrolyteBelowSodiumMmolPerLitre(),
                file, "categoryRules", "needs positive thresholds with concentrate above low-electrolyte");
        reader.requireSource(file, "categoryRules", categories.sourceId(), categories.tag());
        DrinkGuidance.Tonicity tonicity = drink.tonicity();
        reader.require(tonicity != null && 0 < tonicity.isotonicFromMosmPerKg()
                && tonicity.isotonicFromMosmPerKg() < tonicity.hypertonicAboveMosmPerKg()
                && tonicity.monosaccharideMolarMass() > 0 && tonicity.sucroseMolarMass() > tonicity.monosaccharideMolarMass(),
                file, "tonicity", "needs isotonic < hypertonic and molar masses with sucrose above monosaccharide");
        reader.requireSource(file, "tonicity", tonicity.sourceId(), tonicity.tag());
        DrinkGuidance.CarbohydrateMixtures mixtures = drink.carbohydrateMixtures();
        reader.require(mixtures != null && 0 <= mixtures.mixtureExpectedMonosaccharideShare()
                && mixtures.mixtureExpectedMonosaccharideShare() <= 1 && 0 <= mixtures.syrupLowMonosaccharideShare()
                && mixtures.syrupLowMonosaccharideShare() <= 1 && mixtures.reason() != null, file, "carbohydrateMixtures",
                "needs shares between 0 and 1 and a reason");
        reader.requireSource(file, "carbohydrateMixtures", mixtures.sourceId(), mixtures.tag());
        DrinkGuidance.PlausibleMaximum maximum = drink.plausibleMaximumMmolPerLitre();
        reader.require(maximum != null && maximum.byMineral() != null, file, "plausibleMaximumMmolPerLitre", "missing");
        for (Mineral mineral : LabelMinerals.MINERALS) {
            Double value = maximum.byMineral().get(mineral);
            reader.require(value != null && value > 0, file, "plausibleMaximumMmolPerLitre." + mineral, "needs a positive value");
        }
        reader.requireSource(file, "plausibleMaximumMmolPerLitre", maximum.sourceId(), maximum.tag());
        DrinkGuidance.DailyFluid dailyFluid = drink.dailyFluid();
        reader.require(dailyFluid != null && dailyFluid.plausibleMaximumMillilitres() > 0 && dailyFluid.reason() != null, file,
                "dailyFluid", "needs a positive plausibleMaximumMillilitres and a reason");
        reader.requireSource(file, "dailyFluid", dailyFluid.sourceId(), dailyFluid.tag());
        DrinkGuidance.Limits limits = drink.limits();
        reader.require(limits != null && limits.maximumServingVolumeMillilitres() > 0 && limits.maximumConsumedVolumeMillilitres() > 0
                && limits.maximumServings() > 0 && limits.maximumOsmolalityMosmPerKg() > 0, file, "limits",
                "needs positive limits");
        reader.requireSource(file, "limits", limits.sourceId(), limits.tag());
        DrinkGuidance.EuLabels eu = drink.euLabels();
        reader.require(eu != null && eu.sodiumMgPerSaltGram() > 0 && eu.referenceIntakeMg() != null
                && eu.referenceIntakeMg().values().stream().allMatch(value -> value != null && value > 0)
                && !eu.referenceIntakeMg().containsKey(Mineral.SODIUM), file, "euLabels",
                "needs a positive salt factor and positive reference intakes (none for sodium)");
        reader.requireSource(file, "euLabels", eu.sourceId(), eu.tag());
        DrinkGuidance.EuClaims euClaims = eu.claims();
        reader.require(euClaims != null && euClaims.sourceFromPercentPer100mL() > 0
                && euClaims.highFromPercentPer100mL() > euClaims.sourceFromPercentPer100mL()
                && euClaims.lowSodiumAtMostMgPer100mL() > euClaims.veryLowSodiumAtMostMgPer100mL()
                && euClaims.veryLowSodiumAtMostMgPer100mL() > euClaims.sodiumFreeAtMostMgPer100mL()
                && euClaims.sodiumFreeAtMostMgPer100mL() > 0, file, "euLabels.claims",
                "needs 0 < source < high and 0 < sodium-free < very low < low sodium");
        reader.requireSource(file, "euLabels.claims", euClaims.sourceId(), euClaims.tag());
        DrinkGuidance.CesConditions ces = eu.carbohydrateElectrolyteSolution();
        reader.require(ces != null && ordered(ces.energyFromCarbohydrateKcalPerLitre())
                && ordered(ces.sodiumMmolPerLitre()) && ordered(ces.osmolalityMosmPerKg())
                && ces.highGlycaemicShareOfEnergyFromPercent() > 0 && ces.highGlycaemicShareOfEnergyFromPercent() <= 100
                && ces.carbohydrateKcalPerGram() != null && ces.carbohydrateKcalPerGram().value() > 0, file,
                "euLabels.carbohydrateElectrolyteSolution", "needs ranges with 0 < low < high, a share in (0, 100] "
                        + "and a positive energy per gram");
        reader.requireSource(file, "euLabels.carbohydrateElectrolyteSolution", ces.sourceId(), ces.tag());
        reader.requireSource(file, "euLabels.carbohydrateElectrolyteSolution.carbohydrateKcalPerGram",
                ces.carbohydrateKcalPerGram().sourceId(), ces.carbohydrateKcalPerGram().tag());
    }

    private static boolean ordered(DrinkGuidance.Bounds bounds) {
        return bounds != null && bounds.low() > 0 && bounds.high() > bounds.low();
    }
}
