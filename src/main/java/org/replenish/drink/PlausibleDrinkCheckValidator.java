package org.replenish.drink;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.MineralConverter;
import org.replenish.units.OfferedUnitValidator;
import org.replenish.units.Numbers;
import org.replenish.units.InputRange;
import org.replenish.units.Quotients;
import org.replenish.units.SaltInput;
import org.replenish.units.VolumeInput;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;
import org.replenish.vocabulary.Basis;

/**
 * Checks {@link PlausibleDrinkCheck}. Runs beside the per-field constraints, so it skips a value whose own fields
 * are missing or refuse it (outside {@code InputRange}, a unit the mineral lacks: they are reported already) and a
 * label form given twice or not at all ({@code @ExactlyOneOf}). Not ordered after them by a group sequence: a
 * sequence run as the validated group stops at the first failing group, so a body with a field error would lose its
 * rules across fields (a problem lists every broken rule at once), and a class's redefined default sequence does not
 * wait for its cascaded fields (the label's amounts), which are the values this rule must skip.
 */
@Dependent
public class PlausibleDrinkCheckValidator implements ConstraintValidator<PlausibleDrinkCheck, DrinkCheckRequest> {

    private final DrinkGuidance guidance;
    private final DrinkGuidance.Limits limits;
    private final MineralConverter converter;

    public PlausibleDrinkCheckValidator(DrinkReference reference, MineralConverter converter) {
        this.guidance = reference.guidance();
        this.limits = guidance.limits();
        this.converter = converter;
    }

    @Override
    public boolean isValid(DrinkCheckRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        boolean valid = request.person() != null || request.basis() == null
                || request.basis() == Basis.FDA_DAILY_VALUE || FieldReports.reportRule(context, "basis",
                RuleCode.BASIS_NEEDS_A_PERSON, "needs a person; without one the targets are the FDA Daily Values",
                "basis", request.basis());
        valid &= consumed(request, context);
        DrinkLabel label = request.drink();
        if (label == null) {
            return valid;
        }
        if (label.osmolality() != null) {
            valid &= label.osmolality() <= limits.maximumOsmolalityMosmPerKg()
                    || FieldReports.reportOutOfRange(context, "drink.osmolality",
                    "must be at most " + Numbers.plain(limits.maximumOsmolalityMosmPerKg()) + " mOsm/kg",
                    "max", limits.maximumOsmolalityMosmPerKg(), "unit", "mOsm/kg");
        }
        if (!complete(label.servingVolume()) || !InputRange.holds(label.servingVolume().value())) {
            return valid;
        }
        double servingMl = label.servingVolume().millilitres();
        boolean servingValid = servingMl > 0 && servingMl <= limits.maximumServingVolumeMillilitres();
        valid &= servingValid || FieldReports.reportOutOfRange(context, "drink.servingVolume.value",
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
                    form.path() + "." + MineralAmounts.fieldName(mineral) + ".value",
                    "is above any plausible drink: more than " + Numbers.plain(maximum) + " mmol/L once converted",
                    "max", maximum, "unit", "mmol/L");
        }
        valid &= salt(amounts, form, litresPerLabelUnit, context);
        if (label.carbohydrateGrams() != null && InputRange.holds(label.carbohydrateGrams())) {
            valid &= Quotients.of(label.carbohydrateGrams(), litresPerLabelUnit)
                    <= LabelReader.MAX_CARBOHYDRATE_GRAMS_PER_LITRE
                    || FieldReports.reportOutOfRange(context, "drink.carbohydrateGrams",
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
            return FieldReports.reportRule(context, form.path() + ".salt", RuleCode.SALT_OR_SODIUM,
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
                form.path() + ".salt.value", "is above any plausible drink: more than "
                        + Numbers.plain(maximumGramsPerLitre) + " g of salt per litre once converted",
                "max", maximumGramsPerLitre, "unit", "g/L");
    }

    private boolean consumed(DrinkCheckRequest request, ConstraintValidatorContext context) {
        boolean valid = true;
        if (complete(request.consumed())) {
            double ml = request.consumed().millilitres();
            valid = ml > 0 && ml <= limits.maximumConsumedVolumeMillilitres()
                    || FieldReports.reportOutOfRange(context, "consumed.value",
                    "must be more than 0 and at most " + Numbers.plain(limits.maximumConsumedVolumeMillilitres())
                            + " mL once converted",
                    "above", 0, "max", limits.maximumConsumedVolumeMillilitres(), "unit", "mL");
        }
        if (request.servings() != null) {
            valid &= request.servings() <= limits.maximumServings()
                    || FieldReports.reportOutOfRange(context, "servings",
                    "must be at most " + Numbers.plain(limits.maximumServings()), "max", limits.maximumServings());
        }
        return valid;
    }

    private static boolean complete(VolumeInput volume) {
        return volume != null && volume.value() != null && volume.unit() != null;
    }
}
