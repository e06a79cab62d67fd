package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.units.MassInput;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;

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
        return limits.plausibleBodyMassKg(mass.kilograms()) || FieldReports.reportOutOfRange(context, "value",
                "must be from " + Numbers.plain(limits.minimumBodyMassKg()) + " to "
                        + Numbers.plain(limits.maximumBodyMassKg()) + " kg once converted",
                "min", limits.minimumBodyMassKg(), "max", limits.maximumBodyMassKg(), "unit", "kg");
    }
}
