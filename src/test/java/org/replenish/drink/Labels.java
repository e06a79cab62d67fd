package org.replenish.drink;

import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeUnit;

/** Drink labels and requests for tests. */
final class Labels {

    private Labels() {
    }

    static AmountInput mg(double value) {
        return new AmountInput(value, AmountUnit.MG);
    }

    static AmountInput amount(double value, AmountUnit unit) {
        return new AmountInput(value, unit);
    }

    static LabelMinerals minerals(AmountInput sodium, AmountInput potassium, AmountInput magnesium, AmountInput calcium,
                                  AmountInput chloride) {
        return new LabelMinerals(sodium, potassium, magnesium, calcium, chloride, null, null);
    }

    static LabelMinerals phosphorus(AmountInput phosphorus) {
        return new LabelMinerals(null, null, null, null, null, phosphorus, null);
    }

    /** Sheet 3.4: Gatorade, 20 US fl oz (591 mL) with 270 mg sodium, 75 mg potassium and 36 g carbohydrate. */
    static DrinkLabel gatorade() {
        return new DrinkLabel("Gatorade Thirst Quencher", new VolumeInput(20.0, VolumeUnit.US_FL_OZ),
                minerals(mg(270), mg(75), null, null, null), null, 36.0, null, null, null, null);
    }

    /** Sheet 3.2: the WHO reduced-osmolarity ORS per litre, glucose 13.5 g. */
    static DrinkLabel whoOrs() {
        return new DrinkLabel("WHO ORS", new VolumeInput(1.0, VolumeUnit.L), null,
                minerals(amount(75, AmountUnit.MMOL), amount(20, AmountUnit.MMOL), null, null, amount(65, AmountUnit.MMOL)),
                13.5, CarbohydrateType.MONOSACCHARIDE, null, null, null);
    }

    static DrinkCheckRequest drink(DrinkLabel label) {
        return new DrinkCheckRequest(label, null, null, null, null, null, null, null);
    }

    static DrinkLabel perServing(double servingMl, LabelMinerals perServing, Double carbohydrateGrams) {
        return new DrinkLabel(null, new VolumeInput(servingMl, VolumeUnit.ML), perServing, null, carbohydrateGrams, null, null, null, null);
    }

    static DrinkLabel perLiter(double servingMl, LabelMinerals perLiter, Double carbohydrateGrams) {
        return new DrinkLabel(null, new VolumeInput(servingMl, VolumeUnit.ML), null, perLiter, carbohydrateGrams, null, null, null, null);
    }
}
