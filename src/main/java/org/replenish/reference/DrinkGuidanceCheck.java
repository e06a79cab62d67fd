package org.replenish.reference;

import static org.replenish.reference.ReferenceDataLoader.require;

import org.replenish.units.Mineral;

/** Checks the drink guidance for completeness and sensible order. */
final class DrinkGuidanceCheck {

    private DrinkGuidanceCheck() {
    }

    static void check(String file, DrinkGuidance drink, SourceCheck sources) {
        DrinkGuidance.ClaimThresholds claims = drink.claimThresholds();
        require(claims != null && 0 < claims.goodFromPercentDailyValue()
                && claims.goodFromPercentDailyValue() < claims.highFromPercentDailyValue(), file, "claimThresholds",
                "needs 0 < good < high");
        sources.require(file, "claimThresholds", claims.sourceId(), claims.tag());
        DrinkGuidance.VerdictRules verdicts = drink.verdictRules();
        require(verdicts != null && verdicts.againstTarget() != null && verdicts.replacement() != null
                && 0 < verdicts.againstTarget().partialFromPercentOfTarget()
                && verdicts.againstTarget().partialFromPercentOfTarget() < verdicts.againstTarget().adequateFromPercentOfTarget()
                && verdicts.againstTarget().rationale() != null
                && 0 < verdicts.replacement().partlyFromShareOfExpectedLoss()
                && verdicts.replacement().partlyFromShareOfExpectedLoss() < verdicts.replacement().replacedFromShareOfExpectedLoss()
                && verdicts.replacement().rationale() != null,
                file, "verdictRules", "needs 0 < partial < adequate (or replaced) and a rationale in both rules");
        sources.require(file, "verdictRules", verdicts.sourceId(), verdicts.tag());
        DrinkGuidance.ReferenceAmount reference = drink.referenceAmount();
        require(reference != null && reference.millilitres() > 0, file, "referenceAmount", "needs positive millilitres");
        sources.require(file, "referenceAmount", reference.sourceId(), reference.tag());
        require(drink.compositionRanges() != null, file, "compositionRanges", "missing");
        for (CompositionCheck check : CompositionCheck.values()) {
            DrinkGuidance.GuidanceRange range = drink.compositionRanges().get(check);
            String entry = "compositionRanges." + check;
            require(range != null && 0 <= range.low() && range.low() < range.high() && range.unit() != null, file, entry,
                    "needs 0 <= low < high and a unit");
            sources.require(file, entry, range.sourceId(), range.tag());
        }
        DrinkGuidance.CategoryRules categories = drink.categoryRules();
        require(categories != null && categories.lowElectrolyteBelowSodiumMmolPerLitre() > 0
                && categories.oralRehydrationMaximumCarbohydratePercent() > 0
                && categories.concentrateAboveSodiumMmolPerLitre() > categories.lowElectrolyteBelowSodiumMmolPerLitre(),
                file, "categoryRules", "needs positive thresholds with concentrate above low-electrolyte");
        sources.require(file, "categoryRules", categories.sourceId(), categories.tag());
        DrinkGuidance.Tonicity tonicity = drink.tonicity();
        require(tonicity != null && 0 < tonicity.isotonicFromMosmPerKg()
                && tonicity.isotonicFromMosmPerKg() < tonicity.hypertonicAboveMosmPerKg()
                && tonicity.monosaccharideMolarMass() > 0 && tonicity.sucroseMolarMass() > tonicity.monosaccharideMolarMass(),
                file, "tonicity", "needs isotonic < hypertonic and molar masses with sucrose above monosaccharide");
        sources.require(file, "tonicity", tonicity.sourceId(), tonicity.tag());
        DrinkGuidance.CarbohydrateMixtures mixtures = drink.carbohydrateMixtures();
        require(mixtures != null && 0 <= mixtures.mixtureExpectedMonosaccharideShare()
                && mixtures.mixtureExpectedMonosaccharideShare() <= 1 && 0 <= mixtures.syrupLowMonosaccharideShare()
                && mixtures.syrupLowMonosaccharideShare() <= 1 && mixtures.reason() != null, file, "carbohydrateMixtures",
                "needs shares between 0 and 1 and a reason");
        sources.require(file, "carbohydrateMixtures", mixtures.sourceId(), mixtures.tag());
        DrinkGuidance.PlausibleMaximum maximum = drink.plausibleMaximumMmolPerLitre();
        require(maximum != null && maximum.byMineral() != null, file, "plausibleMaximumMmolPerLitre", "missing");
        for (Mineral mineral : Mineral.MODELLED) {
            Double value = maximum.byMineral().get(mineral);
            require(value != null && value > 0, file, "plausibleMaximumMmolPerLitre." + mineral, "needs a positive value");
        }
        sources.require(file, "plausibleMaximumMmolPerLitre", maximum.sourceId(), maximum.tag());
        DrinkGuidance.DailyFluid dailyFluid = drink.dailyFluid();
        require(dailyFluid != null && dailyFluid.plausibleMaximumMillilitres() > 0 && dailyFluid.reason() != null, file,
                "dailyFluid", "needs a positive plausibleMaximumMillilitres and a reason");
        sources.require(file, "dailyFluid", dailyFluid.sourceId(), dailyFluid.tag());
        DrinkGuidance.Limits limits = drink.limits();
        require(limits != null && limits.maximumServingVolumeMillilitres() > 0 && limits.maximumConsumedVolumeMillilitres() > 0
                && limits.maximumServings() > 0 && limits.maximumOsmolalityMosmPerKg() > 0, file, "limits",
                "needs positive limits");
        sources.require(file, "limits", limits.sourceId(), limits.tag());
    }
}
