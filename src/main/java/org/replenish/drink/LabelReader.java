package org.replenish.drink;

import java.util.EnumMap;
import java.util.Map;
import org.replenish.units.AmountInput;
import org.replenish.units.Mineral;
import org.replenish.units.SaltInput;
import org.replenish.units.MineralConverter;
import org.replenish.units.Quotients;

/** Normalises a drink label, valid by {@link PlausibleDrinkCheck}, to per-litre facts. */
final class LabelReader {

    /** Water is about 1 g per mL: no drink holds more carbohydrate than its own mass. */
    static final double MAX_CARBOHYDRATE_GRAMS_PER_LITRE = 1000;

    private final MineralConverter converter;
    private final DrinkGuidance.EuLabels eu;

    LabelReader(MineralConverter converter, DrinkGuidance.EuLabels eu) {
        this.converter = converter;
        this.eu = eu;
    }

    DrinkFacts read(DrinkCheckRequest request) {
        DrinkLabel label = request.drink();
        double servingMl = label.servingVolume().millilitres();
        double consumedMl = request.consumed() != null ? request.consumed().millilitres()
                : request.servings() != null ? request.servings() * servingMl : servingMl;
        LabelForm form = LabelForm.of(label);
        double litresPerLabelUnit = form.litresPerUnit(servingMl);
        Map<Mineral, Double> mgPerLitre = new EnumMap<>(Mineral.class);
        LabelMinerals amounts = form.amounts(label);
        for (Mineral mineral : LabelMinerals.MINERALS) {
            AmountInput amount = amounts.of(mineral);
            if (amount != null) {
                mgPerLitre.put(mineral, mgPerLitre(converter, mineral, amount, litresPerLabelUnit));
            }
        }
        if (amounts.salt() != null) {
            mgPerLitre.put(Mineral.SODIUM, sodiumMgPerLitre(eu, amounts.salt(), litresPerLabelUnit));
        }
        Double carbohydrate = label.carbohydrateGrams() == null ? null
                : Quotients.of(label.carbohydrateGrams(), litresPerLabelUnit);
        CarbohydrateType type = label.carbohydrateType() == null ? CarbohydrateType.UNKNOWN : label.carbohydrateType();
        return new DrinkFacts(servingMl, consumedMl, mgPerLitre, carbohydrate, type, label.osmolality());
    }

    static double mgPerLitre(MineralConverter converter, Mineral mineral, AmountInput amount, double litresPerLabelUnit) {
        return Quotients.of(converter.toMilligrams(mineral, amount), litresPerLabelUnit);
    }

    /** Sheet 9: salt is sodium x 2.5, so 1 g of salt holds 400 mg of sodium (Reg. (EU) 1169/2011 Annex I). */
    static double sodiumMgPerLitre(DrinkGuidance.EuLabels eu, SaltInput salt, double litresPerLabelUnit) {
        return Quotients.of(salt.grams() * eu.sodiumMgPerSaltGram(), litresPerLabelUnit);
    }
}
