package org.replenish.drink;

import java.util.EnumMap;
import java.util.Map;
import org.replenish.units.AmountInput;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Quotients;

/** Normalises a drink label, valid by {@link PlausibleDrinkCheck}, to per-litre facts. */
final class LabelReader {

    /** Water is about 1 g per mL: no drink holds more carbohydrate than its own mass. */
    static final double MAX_CARBOHYDRATE_GRAMS_PER_LITRE = 1000;

    private final MineralConverter converter;

    LabelReader(MineralConverter converter) {
        this.converter = converter;
    }

    DrinkFacts read(DrinkCheckRequest request) {
        DrinkLabel label = request.drink();
        double servingMl = label.servingVolume().millilitres();
        boolean perServing = label.perServing() != null;
        double consumedMl = request.consumed() != null ? request.consumed().millilitres()
                : request.servings() != null ? request.servings() * servingMl : servingMl;
        double litresPerLabelUnit = litresPerLabelUnit(perServing, servingMl);
        Map<Mineral, Double> mgPerLitre = new EnumMap<>(Mineral.class);
        LabelMinerals amounts = perServing ? label.perServing() : label.perLiter();
        for (Mineral mineral : LabelMinerals.MINERALS) {
            AmountInput amount = amounts.of(mineral);
            if (amount != null) {
                mgPerLitre.put(mineral, mgPerLitre(converter, mineral, amount, litresPerLabelUnit));
            }
        }
        Double carbohydrate = label.carbohydrateGrams() == null ? null
                : Quotients.of(label.carbohydrateGrams(), litresPerLabelUnit);
        CarbohydrateType type = label.carbohydrateType() == null ? CarbohydrateType.UNKNOWN : label.carbohydrateType();
        return new DrinkFacts(servingMl, consumedMl, mgPerLitre, carbohydrate, type, label.osmolality());
    }

    /** A per-serving label states its amounts per serving; a per-litre label per litre. */
    static double litresPerLabelUnit(boolean perServing, double servingMl) {
        return perServing ? servingMl / 1000.0 : 1.0;
    }

    static double mgPerLitre(MineralConverter converter, Mineral mineral, AmountInput amount, double litresPerLabelUnit) {
        return Quotients.of(converter.toMilligrams(mineral, amount), litresPerLabelUnit);
    }
}
