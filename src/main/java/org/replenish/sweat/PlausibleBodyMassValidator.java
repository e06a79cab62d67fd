package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.units.MassInput;

/** Checks {@link PlausibleBodyMass} against the deficit settings' input limits. */
@Dependent
public class PlausibleBodyMassValidator implements ConstraintValidator<PlausibleBodyMass, MassInput> {

    private final DeficitSettings.InputLimits limits;

    public PlausibleBodyMassValidator(ReferenceData data) {
        this.limits = data.deficit().limits();
    }

    @Override
    public boolean isValid(MassInput mass, ConstraintValidatorContext context) {
        if (mass == null || mass.value() == null || mass.unit() == null) {
            return true;
        }
        return limits.plausibleBodyMassKg(mass.kilograms()) || WorkoutLimits.reportOutside(context, "value",
                limits.minimumBodyMassKg(), limits.maximumBodyMassKg(), "kg");
    }
}
