package org.replenish.drink;

import java.util.EnumMap;
import java.util.Map;
import org.replenish.reference.DrinkGuidance;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.Quotients;
import org.replenish.units.VolumeInput;
import org.replenish.validation.Violations;

/** Checks a drink request's rules across fields and normalises the label to per-litre facts. */
final class LabelReader {

    /** Water is about 1 g per mL: no drink holds more carbohydrate than its own mass. */
    static final double MAX_CARBOHYDRATE_GRAMS_PER_LITRE = 1000;

    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    LabelReader(DrinkGuidance guidance, MineralConverter converter) {
        this.guidance = guidance;
        this.converter = converter;
    }

    /** Normalises the label, adding a violation for each rule broken; the result is only valid without violations. */
    DrinkFacts read(DrinkCheckRequest request, Violations violations) {
        DrinkLabel label = request.drink();
        DrinkGuidance.Limits limits = guidance.limits();
        double servingMl = label.servingVolume().millilitres();
        violations.requireWithin(servingMl > 0 && servingMl <= limits.maximumServingVolumeMillilitres(),
                "drink.servingVolume.value", "must be more than 0 and at most "
                        + Numbers.plain(limits.maximumServingVolumeMillilitres()) + " mL once converted");
        boolean perServing = label.perServing() != null;
        violations.require(perServing || label.perLiter() != null, "drink.perServing",
                "give exactly one of perServing or perLiter");
        violations.require(!(perServing && label.perLiter() != null), "drink.perLiter",
                "give exactly one of perServing or perLiter, not both");
        double consumedMl = consumedMillilitres(request, servingMl, violations);
        if (label.osmolality() != null) {
            violations.requireWithin(label.osmolality() <= limits.maximumOsmolalityMosmPerKg(), "drink.osmolality",
                    "must be at most " + Numbers.plain(limits.maximumOsmolalityMosmPerKg()) + " mOsm/kg");
        }
        double litresPerLabelUnit = perServing ? servingMl / 1000.0 : 1.0;
        Map<Mineral, Double> mgPerLitre = new EnumMap<>(Mineral.class);
        MineralAmounts amounts = perServing ? label.perServing() : label.perLiter();
        String form = perServing ? "drink.perServing." : "drink.perLiter.";
        if (amounts != null && servingMl > 0) {
            for (Mineral mineral : Mineral.values()) {
                AmountInput amount = amounts.of(mineral);
                if (amount == null) {
                    continue;
                }
                double perLitre = Quotients.of(converter.toMilligrams(mineral, amount), litresPerLabelUnit);
                double mmolPerLitre = converter.fromMilligrams(mineral, perLitre, AmountUnit.MMOL);
                double maximum = guidance.plausibleMaximumMmolPerLitre().byMineral().get(mineral);
                violations.requireWithin(mmolPerLitre <= maximum, form + MineralAmounts.fieldName(mineral) + ".value",
                        "is above any plausible drink: more than " + Numbers.plain(maximum) + " mmol/L once converted");
                mgPerLitre.put(mineral, perLitre);
            }
        }
        Double carbohydrate = null;
        if (label.carbohydrateGrams() != null && servingMl > 0) {
            carbohydrate = Quotients.of(label.carbohydrateGrams(), litresPerLabelUnit);
            violations.requireWithin(carbohydrate <= MAX_CARBOHYDRATE_GRAMS_PER_LITRE, "drink.carbohydrateGrams",
                    "cannot exceed the mass of the drink itself (about 1 g per mL)");
        }
        CarbohydrateType type = label.carbohydrateType() == null ? CarbohydrateType.UNKNOWN : label.carbohydrateType();
        return new DrinkFacts(servingMl, consumedMl, mgPerLitre, carbohydrate, type, label.osmolality());
    }

    private double consumedMillilitres(DrinkCheckRequest request, double servingMl, Violations violations) {
        DrinkGuidance.Limits limits = guidance.limits();
        VolumeInput consumed = request.consumed();
        violations.require(consumed == null || request.servings() == null, "servings",
                "give either consumed or servings, not both");
        if (consumed != null) {
            double ml = consumed.millilitres();
            violations.requireWithin(ml > 0 && ml <= limits.maximumConsumedVolumeMillilitres(), "consumed.value",
                    "must be more than 0 and at most " + Numbers.plain(limits.maximumConsumedVolumeMillilitres())
                            + " mL once converted");
            return ml;
        }
        if (request.servings() != null) {
            violations.requireWithin(request.servings() <= limits.maximumServings(), "servings",
                    "must be at most " + Numbers.plain(limits.maximumServings()));
            return request.servings() * servingMl;
        }
        return servingMl;
    }
}
