package org.replenish.drink;

import java.util.Collections;
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
        LabelContent content = content(label);
        CarbohydrateType type = label.carbohydrateType() == null ? CarbohydrateType.UNKNOWN : label.carbohydrateType();
        return new DrinkFacts(servingMl, consumedMl, content.mgPerLitre(), content.carbohydrateGramsPerLitre(), type,
                label.osmolality());
    }

    /** What the label holds per litre, whatever form it is printed in. */
    LabelContent content(DrinkLabel label) {
        LabelForm form = LabelForm.of(label);
        double litresPerLabelUnit = form.litresPerUnit(label.servingVolume().millilitres());
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
        return new LabelContent(label.name(), Collections.unmodifiableMap(mgPerLitre), carbohydrate);
    }

    static double mgPerLitre(MineralConverter converter, Mineral mineral, AmountInput amount, double litresPerLabelUnit) {
        return Quotients.of(converter.toMilligrams(mineral, amount), litresPerLabelUnit);
    }

    /** Sheet 9: salt is sodium x 2.5, so 1 g of salt holds 400 mg of sodium (Reg. (EU) 1169/2011 Annex I). */
    static double sodiumMgPerLitre(DrinkGuidance.EuLabels eu, SaltInput salt, double litresPerLabelUnit) {
        return Quotients.of(salt.grams() * eu.sodiumMgPerSaltGram(), litresPerLabelUnit);
    }
}
