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
import org.replenish.vocabulary.Basis;

/** Checks {@link PlausibleCapsuleComparison}; skips amounts whose own fields are missing (reported already). */
@Dependent
public class PlausibleCapsuleComparisonValidator
        implements ConstraintValidator<PlausibleCapsuleComparison, CapsuleComparisonRequest> {

    private final double maximumMg;
    private final MineralConverter converter;

    public PlausibleCapsuleComparisonValidator(PotassiumReference potassium, MineralConverter converter) {
        this.maximumMg = potassium.data().maximumTargetMg().value();
        this.converter = converter;
    }

    @Override
    public boolean isValid(CapsuleComparisonRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        boolean hasTarget = request.target() != null;
        boolean valid = FieldReports.require(!hasTarget || request.basis() == null, context, "basis",
                "applies to a person's target only; a given target has no basis");
        valid &= FieldReports.require(hasTarget || request.person() != null || request.basis() == null
                        || request.basis() == Basis.FDA_DAILY_VALUE, context, "basis",
                "needs a person; without a person or target the comparison uses the FDA Daily Value");
        String range = "must be more than 0 and at most " + Numbers.plain(maximumMg) + " mg once converted";
        if (complete(request.target())) {
            valid &= FieldReports.requireWithin(positiveUpToMaximum(request.target()), context, "target.value", range,
                    "above", 0, "max", maximumMg, "unit", "mg");
        }
        if (complete(request.dietaryIntake())) {
            valid &= FieldReports.requireWithin(milligrams(request.dietaryIntake()) <= maximumMg, context,
                    "dietaryIntake.value", "must be at most " + Numbers.plain(maximumMg) + " mg once converted", "max", maximumMg,
                    "unit", "mg");
        }
        PotassiumProduct product = request.product();
        if (product != null && complete(product.potassiumPerUnit())) {
            valid &= FieldReports.requireWithin(positiveUpToMaximum(product.potassiumPerUnit()), context,
                    "product.potassiumPerUnit.value", range, "above", 0, "max", maximumMg, "unit", "mg");
        }
        if (product != null && product.salt() != null && complete(product.salt().massPerUnit())) {
            AmountInput mass = product.salt().massPerUnit();
            valid &= FieldReports.require(mass.unit() == AmountUnit.MG || mass.unit() == AmountUnit.G, context,
                    "product.salt.massPerUnit.unit", "must be MG or G for the mass of a salt");
            valid &= FieldReports.requireWithin(mass.value() > 0, context, "product.salt.massPerUnit.value",
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
