package org.replenish.units;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Magnitude}; names the bounds as a person writes them (0.001, not 1.0E-3). */
public class MagnitudeValidator implements ConstraintValidator<Magnitude, Double> {

    private double min;
    private double max;
    private String message;

    @Override
    public void initialize(Magnitude annotation) {
        min = annotation.min();
        max = annotation.max();
        message = annotation.message().replace("{min}", Numbers.plain(min)).replace("{max}", Numbers.plain(max));
    }

    @Override
    public boolean isValid(Double value, ConstraintValidatorContext context) {
        if (value == null || value <= 0 || (value >= min && value <= max)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
