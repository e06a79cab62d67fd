package org.replenish.drink;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.units.Numbers;
import org.replenish.units.VolumeInput;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;
import org.replenish.vocabulary.Basis;

/**
 * Checks {@link PlausibleDrinkCheck}: a basis without a person, and the volume drunk (the label itself is
 * {@link PlausibleDrinkLabel}'s). Runs beside the per-field constraints, so it skips a value whose own fields are
 * missing or refuse it (outside {@code InputRange}, a unit the mineral lacks: they are reported already) and a
 * label form given twice or not at all ({@code @ExactlyOneOf}). Not ordered after them by a group sequence: a
 * sequence run as the validated group stops at the first failing group, so a body with a field error would lose its
 * rules across fields (a problem lists every broken rule at once), and a class's redefined default sequence does not
 * wait for its cascaded fields (the label's amounts), which are the values this rule must skip.
 */
@Dependent
public class PlausibleDrinkCheckValidator implements ConstraintValidator<PlausibleDrinkCheck, DrinkCheckRequest> {

    private final DrinkGuidance.Limits limits;

    public PlausibleDrinkCheckValidator(DrinkReference reference) {
        this.limits = reference.guidance().limits();
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
        return valid;
    }

    private boolean consumed(DrinkCheckRequest request, ConstraintValidatorContext context) {
        boolean valid = true;
        if (VolumeInput.complete(request.consumed())) {
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
}
