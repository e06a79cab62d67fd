package org.replenish.drink;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.InputRange;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.OfferedUnitValidator;
import org.replenish.units.Quotients;
import org.replenish.units.SaltInput;
import org.replenish.units.VolumeInput;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;

/**
 * Checks {@link PlausibleDrinkLabel}: a label's osmolality, serving volume, minerals, salt and carbohydrate against
 * what a drink can hold, wherever a label is sent (a drink check, a session plan). Runs beside the per-field
 * constraints, so it skips a value whose own fields are missing or refuse it, and a label form given twice or not at
 * all ({@code @ExactlyOneOf}); see {@link PlausibleDrinkCheckValidator} for why it is not ordered after them.
 */
@Dependent
public class PlausibleDrinkLabelValidator implements ConstraintValidator<PlausibleDrinkLabel, DrinkLabel> {

    private final DrinkGuidance guidance;
    private final DrinkGuidance.Limits limits;
    private final MineralConverter converter;

    public PlausibleDrinkLabelValidator(DrinkReference reference, MineralConverter converter) {
        this.guidance = reference.guidance();
        this.limits = guidance.limits();
        this.converter = converter;
    }

    @Override
    public boolean isValid(DrinkLabel label, ConstraintValidatorContext context) {
        boolean valid = true;
        if (label == null) {
            return true;
        }
        if (label.osmolality() != null) {
            valid &= label.osmolality() <= limits.maximumOsmolalityMosmPerKg()
                    || FieldReports.reportOutOfRange(context, "osmolality",
                    "must be at most " + Numbers.plain(limits.maximumOsmolalityMosmPerKg()) + " mOsm/kg",
                    "max", limits.maximumOsmolalityMosmPerKg(), "unit", "mOsm/kg");
        }
        if (!VolumeInput.complete(label.servingVolume()) || !InputRange.holds(label.servingVolume().value())) {
            return valid;
        }
        double servingMl = label.servingVolume().millilitres();
        boolean servingValid = servingMl > 0 && servingMl <= limits.maximumServingVolumeMillilitres();
        valid &= servingValid || FieldReports.reportOutOfRange(context, "servingVolume.value",
                "must be more than 0 and at most " + Numbers.plain(limits.maximumServingVolumeMillilitres())
                        + " mL once converted",
                "above", 0, "max", limits.maximumServingVolumeMillilitres(), "unit", "mL");
        LabelForm form = LabelForm.of(label);
        if (!servingValid || form == null) {
            return valid;
        }
        double litresPerLabelUnit = form.litresPerUnit(servingMl);
        LabelMinerals amounts = form.amounts(label);
        for (Mineral mineral : LabelMinerals.MINERALS) {
            AmountInput amount = amounts.of(mineral);
            if (amount == null || amount.value() == null || amount.unit() == null || !InputRange.holds(amount.value())
                    || OfferedUnitValidator.refused(converter, mineral, amount)) {
                continue;
            }
            double mmolPerLitre = converter.fromMilligrams(mineral,
                    LabelReader.mgPerLitre(converter, mineral, amount, litresPerLabelUnit), AmountUnit.MMOL);
            double maximum = maximum(mineral);
            valid &= mmolPerLitre <= maximum || FieldReports.reportOutOfRange(context,
                    form.field() + "." + MineralAmounts.fieldName(mineral) + ".value",
                    "is above any plausible drink: more than " + Numbers.plain(maximum) + " mmol/L once converted",
                    "max", maximum, "unit", "mmol/L");
        }
        valid &= salt(amounts, form, litresPerLabelUnit, context);
        if (label.carbohydrateGrams() != null && InputRange.holds(label.carbohydrateGrams())) {
            valid &= Quotients.of(label.carbohydrateGrams(), litresPerLabelUnit)
                    <= LabelReader.MAX_CARBOHYDRATE_GRAMS_PER_LITRE
                    || FieldReports.reportOutOfRange(context, "carbohydrateGrams",
                    "cannot exceed the mass of the drink itself (about 1 g per mL)",
                    "max", LabelReader.MAX_CARBOHYDRATE_GRAMS_PER_LITRE, "unit", "g/L");
        }
        return valid;
    }

    private double maximum(Mineral mineral) {
        return guidance.plausibleMaximumMmolPerLitre().byMineral().get(mineral);
    }

    /**
     * Salt is the EU label's statement of sodium (issue 30): not beside sodium, and held to sodium's plausible
     * maximum, stated in grams of salt per litre (500 mmol/L of sodium is 500 x 22.98977 / 400 = 28.74 g salt/L).
     */
    private boolean salt(LabelMinerals amounts, LabelForm form, double litresPerLabelUnit,
                         ConstraintValidatorContext context) {
        SaltInput salt = amounts.salt();
        if (salt == null) {
            return true;
        }
        if (amounts.sodium() != null) {
            return FieldReports.reportRule(context, form.field() + ".salt", RuleCode.SALT_OR_SODIUM,
                    "is the label's statement of sodium: give salt or sodium, not both");
        }
        if (salt.value() == null || salt.unit() == null || !InputRange.holds(salt.value())) {
            return true;
        }
        DrinkGuidance.EuLabels eu = guidance.euLabels();
        double sodiumMmolPerLitre = converter.fromMilligrams(Mineral.SODIUM,
                LabelReader.sodiumMgPerLitre(eu, salt, litresPerLabelUnit), AmountUnit.MMOL);
        double maximumGramsPerLitre = Math.round(converter.toMilligrams(Mineral.SODIUM,
                new AmountInput(maximum(Mineral.SODIUM), AmountUnit.MMOL)) / eu.sodiumMgPerSaltGram() * 100) / 100.0;
        return sodiumMmolPerLitre <= maximum(Mineral.SODIUM) || FieldReports.reportOutOfRange(context,
                form.field() + ".salt.value", "is above any plausible drink: more than "
                        + Numbers.plain(maximumGramsPerLitre) + " g of salt per litre once converted",
                "max", maximumGramsPerLitre, "unit", "g/L");
    }
}
