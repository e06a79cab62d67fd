package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;

/**
 * Holds a drink to the conditions of the EU carbohydrate-electrolyte-solution claims (sheet 9). A condition the label
 * cannot settle (no carbohydrate type, an osmolality the label does not state) is reported as not checkable, never as
 * met: a claim is either supported by the label or it is not. Pure.
 */
final class CesCheck {

    private final DrinkGuidance.CesConditions conditions;
    private final MineralConverter converter;

    CesCheck(DrinkGuidance.CesConditions conditions, MineralConverter converter) {
        this.conditions = conditions;
        this.converter = converter;
    }

    CarbohydrateElectrolyteSolution check(DrinkFacts facts, Tonicity tonicity) {
        List<CesCondition> failed = new ArrayList<>();
        Double carbohydrate = facts.carbohydrateGramsPerLitre();
        if (carbohydrate == null) {
            failed.add(CesCondition.CARBOHYDRATE_NOT_ON_LABEL);
        } else if (!conditions.energyFromCarbohydrateKcalPerLitre()
                .holds(carbohydrate * conditions.carbohydrateKcalPerGram().value())) {
            failed.add(CesCondition.ENERGY_OUT_OF_RANGE);
        }
        // Only sucrose is known to be all high-glycaemic; monosaccharides and syrups may be fructose, which is not.
        if (carbohydrate != null && facts.carbohydrateType() != CarbohydrateType.SUCROSE) {
            failed.add(CesCondition.CARBOHYDRATE_TYPE_UNKNOWN);
        }
        Double sodiumMg = facts.mgPerLitre().get(Mineral.SODIUM);
        if (sodiumMg == null) {
            failed.add(CesCondition.SODIUM_NOT_ON_LABEL);
        } else if (!conditions.sodiumMmolPerLitre().holds(converter.fromMilligrams(Mineral.SODIUM, sodiumMg,
                AmountUnit.MMOL))) {
            failed.add(CesCondition.SODIUM_OUT_OF_RANGE);
        }
        OsmolalityRange osmolality = tonicity.osmolality();
        DrinkGuidance.Bounds range = conditions.osmolalityMosmPerKg();
        // Only a labelled osmolality can meet the condition: an estimate leaves out what the label does not list
        // (acids, flavourings), so it can show the drink outside the range but never prove it inside.
        boolean outside = osmolality.high() < range.low() || osmolality.low() > range.high();
        if (outside) {
            failed.add(CesCondition.OSMOLALITY_OUT_OF_RANGE);
        } else if (tonicity.basis() != OsmolalityBasis.LABEL) {
            failed.add(CesCondition.OSMOLALITY_UNCERTAIN);
        }
        return new CarbohydrateElectrolyteSolution(failed.isEmpty(), List.copyOf(failed), conditions.sourceId(),
                conditions.tag());
    }
}
