package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import org.replenish.codes.DrinkWarningCode;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;
import org.replenish.reference.ReferenceData;
import org.replenish.targets.UpperLimit;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;

/**
 * Cautions about how a drink is used: over-drinking, very salty drinks, potassium-rich drinks for gated people, and
 * more magnesium than the upper limit for supplemental magnesium (sheet 3.1: supplemental magnesium is compared with
 * the UL; the magnesium added to sports drinks and electrolyte tablets is a supplement in that sense, the magnesium
 * coconut water holds by nature is not, and magnesium of unknown source is counted as added "if added").
 */
final class DrinkWarnings {

    private final ReferenceData data;
    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    DrinkWarnings(ReferenceData data, DrinkGuidance guidance, MineralConverter converter) {
        this.data = data;
        this.guidance = guidance;
        this.converter = converter;
    }

    List<DrinkWarning> of(DrinkFacts facts, DrinkingLimit drinking, boolean potassiumGated,
                          MagnesiumLimit magnesiumLimit, Texts texts) {
        List<Message> warnings = new ArrayList<>();
        if (drinking != null && drinking.exceededBy(facts.consumedMl())) {
            warnings.add(drinking.forAge()
                    ? Message.of(DrinkWarningCode.OVERDRINKING_RISK_FOR_AGE, "consumedMl", Numbers.tenth(facts.consumedMl()),
                            "limitMl", Numbers.tenth(drinking.millilitres()), "sourceId", data.citation(
                                    data.sweat().childSweat().drinkingCeilingMillilitresPerHour().sourceId()))
                    : Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", Numbers.tenth(facts.consumedMl()),
                            "sweatMl", Numbers.tenth(drinking.millilitres())));
        }
        Double sodium = mmolPerLitre(facts, Mineral.SODIUM);
        double concentrateAbove = guidance.categoryRules().concentrateAboveSodiumMmolPerLitre();
        if (sodium != null && sodium > concentrateAbove) {
            warnings.add(Message.of(DrinkWarningCode.VERY_HIGH_SODIUM, "limitMmolPerL", concentrateAbove));
        }
        Double potassium = mmolPerLitre(facts, Mineral.POTASSIUM);
        DrinkGuidance.GuidanceRange potassiumRange = guidance.compositionRanges().get(CompositionCheck.POTASSIUM_ACSM);
        if (potassiumGated && potassium != null && potassium > potassiumRange.high()) {
            warnings.add(Message.of(DrinkWarningCode.HIGH_POTASSIUM_DRINK, "potassiumMmolPerL", Numbers.tenth(potassium),
                    "limitMEqPerL", potassiumRange.high(), "sourceId", data.citation(potassiumRange.sourceId())));
        }
        if (facts.onLabel(Mineral.MAGNESIUM) && magnesiumLimit.exceededBy(facts.consumedMg(Mineral.MAGNESIUM))) {
            UpperLimit limit = magnesiumLimit.limit();
            warnings.add(Message.of(magnesiumLimit.statedAdded() ? DrinkWarningCode.MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT
                            : DrinkWarningCode.MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT_IF_ADDED,
                    "consumedMl", Numbers.tenth(facts.consumedMl()),
                    "magnesiumMg", Numbers.tenth(facts.consumedMg(Mineral.MAGNESIUM)),
                    "limitMg", limit.amount().mg(), "sourceId", data.citation(limit.sourceId())));
        }
        return warnings.stream().map(warning -> DrinkWarning.of(warning, texts)).toList();
    }

    private Double mmolPerLitre(DrinkFacts facts, Mineral mineral) {
        return facts.onLabel(mineral)
                ? converter.fromMilligrams(mineral, facts.mgPerLitre().get(mineral), AmountUnit.MMOL) : null;
    }
}
