package org.replenish.units;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A positive number must lie from min to max; zero and the sign are left to @PositiveOrZero or @Positive beside it.
 * Bean Validation has no "0 or at least x", and without a smallest positive value a subnormal input (5e-324) divides
 * into Infinity.
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = MagnitudeValidator.class)
public @interface Magnitude {

    double min() default InputRange.SMALLEST;

    double max() default InputRange.LARGEST;

    String message() default "must be 0 or from {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
