package org.replenish.potassium;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;
import org.replenish.vocabulary.Basis;

/** Checks {@link PlausibleCapsuleComparison}; skips amounts whose own fields are missing (reported already). */
@Dependent
public class PlausibleCapsuleComparisonValidator
        implements ConstraintValidator<PlausibleCapsuleComparison, CapsuleComparisonRequest> {

    private final double maximumMg;
    /** The message for an amount outside (0, maximum], built once: reference data does not change per request. */
    private final String positiveRange;
    private final MineralConverter converter;

    public PlausibleCapsuleComparisonValidator(PotassiumReference potassium, MineralConverter converter) {
        this.maximumMg = potassium.data().maximumTargetMg().value();
        this.positiveRange = "must be more than 0 and at most " + Numbers.plain(maximumMg) + " mg once converted";
        this.converter = converter;
    }

    @Override
    public boolean isValid(CapsuleComparisonRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        boolean hasTarget = request.target() != null;
        boolean valid = !hasTarget || request.basis() == null || FieldReports.reportRule(context, "basis",
                RuleCode.BASIS_NOT_FOR_A_GIVEN_TARGET, "applies to a person's target only; a given target has no basis");
        valid &= hasTarget || request.person() != null || request.basis() == null
                || request.basis() == Basis.FDA_DAILY_VALUE || FieldReports.reportRule(context, "basis",
                RuleCode.BASIS_NEEDS_A_PERSON, "needs a person; without a person or target the comparison uses the FDA "
                + "Daily Value", "basis", request.basis());
        if (complete(request.target())) {
            valid &= positiveUpToMaximum(request.target()) || FieldReports.reportOutOfRange(context, "target.value",
                    positiveRange,
                    "above", 0, "max", maximumMg, "unit", "mg");
        }
        if (complete(request.dietaryIntake())) {
            valid &= milligrams(request.dietaryIntake()) <= maximumMg || FieldReports.reportOutOfRange(context,
                    "dietaryIntake.value", "must be at most " + Numbers.plain(maximumMg) + " mg once converted",
                    "max", maximumMg, "unit", "mg");
        }
        PotassiumProduct product = request.product();
        if (product != null && complete(product.potassiumPerUnit())) {
            valid &= positiveUpToMaximum(product.potassiumPerUnit()) || FieldReports.reportOutOfRange(context,
                    "product.potassiumPerUnit.value", positiveRange, "above", 0, "max", maximumMg, "unit", "mg");
        }
        if (product != null && product.salt() != null && complete(product.salt().massPerUnit())) {
            AmountInput mass = product.salt().massPerUnit();
            valid &= mass.unit() == AmountUnit.MG || mass.unit() == AmountUnit.G || FieldReports.reportRule(context,
                    "product.salt.massPerUnit.unit", RuleCode.UNIT_NOT_A_MASS, "must be MG or G for the mass of a salt",
                    "allowed", "MG, G");
            valid &= mass.value() > 0 || FieldReports.reportOutOfRange(context, "product.salt.massPerUnit.value",
                    "must be more than 0", "above", 0);
        }
        return valid;
    }

    private boolean positiveUpToMaximum(AmountInput amount) {
        double mg = milligrams(amount);
        return mg > 0 && mg <= maximumMg;
    }

    private double milligrams(AmountInput amount) {
        return converter.toMilligrams(Mineral.POTASSIUM, amount);
    }

    private static boolean complete(AmountInput amount) {
        return amount != null && amount.value() != null && amount.unit() != null;
    }
}
