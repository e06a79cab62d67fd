package org.replenish.drink;

import java.util.List;
import org.replenish.codes.CategoryRuleCode;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;
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

    Composition assess(DrinkFacts facts, Texts texts) {
        Double sodiumMmol = perLitre(facts, Mineral.SODIUM, AmountUnit.MMOL);
        Double carbohydratePercent = carbohydratePercent(facts);
        List<RangeAssessment> checks = List.of(
                check(CompositionCheck.SODIUM_ACSM, perLitre(facts, Mineral.SODIUM, AmountUnit.MEQ)),
                check(CompositionCheck.POTASSIUM_ACSM, perLitre(facts, Mineral.POTASSIUM, AmountUnit.MEQ)),
                check(CompositionCheck.SODIUM_EFSA, sodiumMmol),
                check(CompositionCheck.CARBOHYDRATE_ACSM, carbohydratePercent));
        DrinkGuidance.CategoryRules rules = guidance.categoryRules();
        if (sodiumMmol == null) {
            return composition(checks, DrinkCategory.LOW_ELECTROLYTE, Message.of(CategoryRuleCode.NO_SODIUM_ON_LABEL),
                    texts);
        }
        double sodium = Numbers.tenth(sodiumMmol);
        if (sodiumMmol >= rules.oralRehydrationMinimumSodiumMmolPerLitre() && carbohydratePercent != null
                && carbohydratePercent > 0 && carbohydratePercent <= rules.oralRehydrationMaximumCarbohydratePercent()) {
            return composition(checks, DrinkCategory.ORAL_REHYDRATION_SOLUTION, Message.of(
                    CategoryRuleCode.ORAL_REHYDRATION_SOLUTION, "sodiumMmolPerL", sodium,
                    "minimumSodiumMmolPerL", rules.oralRehydrationMinimumSodiumMmolPerLitre(),
                    "carbohydratePercent", Numbers.tenth(carbohydratePercent),
                    "maximumCarbohydratePercent", rules.oralRehydrationMaximumCarbohydratePercent()), texts);
        }
        if (sodiumMmol > rules.concentrateAboveSodiumMmolPerLitre()) {
            return composition(checks, DrinkCategory.ELECTROLYTE_CONCENTRATE, Message.of(
                    CategoryRuleCode.ELECTROLYTE_CONCENTRATE, "sodiumMmolPerL", sodium,
                    "concentrateAboveMmolPerL", rules.concentrateAboveSodiumMmolPerLitre()), texts);
        }
        if (sodiumMmol < rules.lowElectrolyteBelowSodiumMmolPerLitre()) {
            return composition(checks, DrinkCategory.LOW_ELECTROLYTE, Message.of(CategoryRuleCode.LOW_ELECTROLYTE,
                    "sodiumMmolPerL", sodium, "lowBelowMmolPerL", rules.lowElectrolyteBelowSodiumMmolPerLitre()), texts);
        }
        return composition(checks, DrinkCategory.SPORTS_DRINK, Message.of(CategoryRuleCode.SPORTS_DRINK,
                "sodiumMmolPerL", sodium, "lowBelowMmolPerL", rules.lowElectrolyteBelowSodiumMmolPerLitre(),
                "concentrateAboveMmolPerL", rules.concentrateAboveSodiumMmolPerLitre()), texts);
    }

    private static Composition composition(List<RangeAssessment> checks, DrinkCategory category, Message rule,
                                           Texts texts) {
        CodedText coded = CodedText.of(rule, texts);
        return new Composition(checks, category, coded.text(), coded);
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
