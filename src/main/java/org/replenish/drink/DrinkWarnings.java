package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import org.replenish.reference.CompositionCheck;
import org.replenish.reference.DrinkGuidance;
import org.replenish.sweat.SessionLoss;
import org.replenish.targets.UpperLimit;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;

/**
 * Cautions about how a drink is used: over-drinking, very salty drinks, potassium-rich drinks for gated people, and
 * more magnesium than the upper limit for supplemental magnesium (sheet 3.1: supplemental magnesium is compared with
 * the UL; the magnesium added to sports drinks and electrolyte tablets is a supplement in that sense).
 */
final class DrinkWarnings {

    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    DrinkWarnings(DrinkGuidance guidance, MineralConverter converter) {
        this.guidance = guidance;
        this.converter = converter;
    }

    List<DrinkWarning> of(DrinkFacts facts, SessionLoss loss, boolean potassiumGated, UpperLimit magnesiumLimit) {
        List<DrinkWarning> warnings = new ArrayList<>();
        if (loss != null && facts.consumedMl() > loss.sweatLitres().expected() * 1000.0) {
            warnings.add(new DrinkWarning("OVERDRINKING_RISK", "The " + Numbers.oneDecimal(facts.consumedMl())
                    + " mL drunk is more than the session's expected sweat loss of "
                    + Numbers.oneDecimal(loss.sweatLitres().expected() * 1000.0) + " mL. Drinking more than is sweated can "
                    + "dilute blood sodium (exercise-associated hyponatremia), sports drinks included."));
        }
        Double sodium = mmolPerLitre(facts, Mineral.SODIUM);
        double concentrateAbove = guidance.categoryRules().concentrateAboveSodiumMmolPerLitre();
        if (sodium != null && sodium > concentrateAbove) {
            warnings.add(new DrinkWarning("VERY_HIGH_SODIUM", "Sodium is above " + Numbers.plain(concentrateAbove)
                    + " mmol/L, more than sports-drink guidance: the make-up of a rehydration solution or salt "
                    + "supplement, which its label describes how to prepare and use."));
        }
        Double potassium = mmolPerLitre(facts, Mineral.POTASSIUM);
        double potassiumTop = guidance.compositionRanges().get(CompositionCheck.POTASSIUM_ACSM).high();
        if (potassiumGated && potassium != null && potassium > potassiumTop) {
            warnings.add(new DrinkWarning("HIGH_POTASSIUM_DRINK", "This drink holds " + Numbers.oneDecimal(potassium)
                    + " mmol/L potassium, above the " + Numbers.plain(potassiumTop) + " mEq/L top of sports-drink "
                    + "guidance (coconut water holds about 64). With the reported condition or medicine, potassium from "
                    + "drinks, as from food and supplements, is best planned with a clinician."));
        }
        if (magnesiumLimit != null && facts.onLabel(Mineral.MAGNESIUM)
                && facts.consumedMg(Mineral.MAGNESIUM) > magnesiumLimit.amount().mg()) {
            warnings.add(new DrinkWarning("MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT", "The "
                    + Numbers.oneDecimal(facts.consumedMl()) + " mL drunk holds "
                    + Numbers.oneDecimal(facts.consumedMg(Mineral.MAGNESIUM)) + " mg magnesium, above the "
                    + Numbers.plain(magnesiumLimit.amount().mg()) + " mg a day upper limit for magnesium from supplements ("
                    + magnesiumLimit.sourceId() + "). Magnesium added to a drink counts towards it, magnesium that food "
                    + "and water hold naturally does not; above the limit the risk of diarrhoea may rise."));
        }
        return warnings;
    }

    private Double mmolPerLitre(DrinkFacts facts, Mineral mineral) {
        return facts.onLabel(mineral)
                ? converter.fromMilligrams(mineral, facts.mgPerLitre().get(mineral), AmountUnit.MMOL) : null;
    }
}
