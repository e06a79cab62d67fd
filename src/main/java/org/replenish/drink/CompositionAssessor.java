package org.replenish.drink;

import java.util.List;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;

/** Holds a drink against the sports-drink composition guidance and places it in a category. */
final class CompositionAssessor {

    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    CompositionAssessor(DrinkGuidance guidance, MineralConverter converter) {
        this.guidance = guidance;
        this.converter = converter;
    }

    Composition assess(DrinkFacts facts) {
        Double sodiumMmol = perLitre(facts, Mineral.SODIUM, AmountUnit.MMOL);
        Double carbohydratePercent = carbohydratePercent(facts);
        List<RangeAssessment> checks = List.of(
                check(CompositionCheck.SODIUM_ACSM, perLitre(facts, Mineral.SODIUM, AmountUnit.MEQ)),
                check(CompositionCheck.POTASSIUM_ACSM, perLitre(facts, Mineral.POTASSIUM, AmountUnit.MEQ)),
                check(CompositionCheck.SODIUM_EFSA, sodiumMmol),
                check(CompositionCheck.CARBOHYDRATE_ACSM, carbohydratePercent));
        DrinkGuidance.CategoryRules rules = guidance.categoryRules();
        if (sodiumMmol == null) {
            return new Composition(checks, DrinkCategory.LOW_ELECTROLYTE, "The label states no sodium.");
        }
        String sodium = Numbers.oneDecimal(sodiumMmol) + " mmol/L sodium";
        if (sodiumMmol >= rules.oralRehydrationMinimumSodiumMmolPerLitre() && carbohydratePercent != null
                && carbohydratePercent > 0 && carbohydratePercent <= rules.oralRehydrationMaximumCarbohydratePercent()) {
            return new Composition(checks, DrinkCategory.ORAL_REHYDRATION_SOLUTION, sodium + " (at least "
                    + Numbers.plain(rules.oralRehydrationMinimumSodiumMmolPerLitre()) + ") with "
                    + Numbers.oneDecimal(carbohydratePercent) + " % carbohydrate (above 0 and at most "
                    + Numbers.plain(rules.oralRehydrationMaximumCarbohydratePercent())
                    + " %): the make-up of an oral rehydration solution such as the WHO formula.");
        }
        if (sodiumMmol > rules.concentrateAboveSodiumMmolPerLitre()) {
            return new Composition(checks, DrinkCategory.ELECTROLYTE_CONCENTRATE, sodium + " is above "
                    + Numbers.plain(rules.concentrateAboveSodiumMmolPerLitre())
                    + " mmol/L, the top of the EFSA range for sports drinks: a salt supplement or concentrate.");
        }
        if (sodiumMmol < rules.lowElectrolyteBelowSodiumMmolPerLitre()) {
            return new Composition(checks, DrinkCategory.LOW_ELECTROLYTE, sodium + " is below "
                    + Numbers.plain(rules.lowElectrolyteBelowSodiumMmolPerLitre()) + " mmol/L.");
        }
        return new Composition(checks, DrinkCategory.SPORTS_DRINK, sodium + " lies between "
                + Numbers.plain(rules.lowElectrolyteBelowSodiumMmolPerLitre()) + " and "
                + Numbers.plain(rules.concentrateAboveSodiumMmolPerLitre()) + " mmol/L, the range of sports drinks.");
    }

    private RangeAssessment check(CompositionCheck check, Double value) {
        DrinkGuidance.GuidanceRange range = guidance.compositionRanges().get(check);
        RangePosition position = value == null ? null
                : value < range.low() ? RangePosition.BELOW
                : value > range.high() ? RangePosition.ABOVE : RangePosition.WITHIN;
        return new RangeAssessment(check, value, range.unit(), range.low(), range.high(), position, range.sourceId());
    }

    private Double perLitre(DrinkFacts facts, Mineral mineral, AmountUnit unit) {
        return facts.onLabel(mineral) ? converter.fromMilligrams(mineral, facts.mgPerLitre().get(mineral), unit) : null;
    }

    /** Grams per 100 mL. */
    private static Double carbohydratePercent(DrinkFacts facts) {
        return facts.carbohydrateGramsPerLitre() == null ? null : facts.carbohydrateGramsPerLitre() / 10.0;
    }
}
