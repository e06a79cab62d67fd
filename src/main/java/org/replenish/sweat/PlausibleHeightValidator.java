package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.sweat.WorkoutSweatData.Limits;
import org.replenish.units.HeightInput;

/** Checks {@link PlausibleHeight} against the workout data's input limits. */
@Dependent
public class PlausibleHeightValidator implements ConstraintValidator<PlausibleHeight, HeightInput> {

    private final Limits limits;

    public PlausibleHeightValidator(WorkoutReference reference) {
        this.limits = reference.data().inputLimits().heightCm();
    }

    @Override
    public boolean isValid(HeightInput height, ConstraintValidatorContext context) {
        if (height == null || height.value() == null || height.unit() == null) {
            return true;
        }
        return limits.contains(height.centimetres()) || WorkoutLimits.reportOutside(context, "value", limits, "cm");
    }
}
