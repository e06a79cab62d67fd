package org.replenish.drink;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A drink label holds what a drink can: each violation names the label's field that breaks it. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PlausibleDrinkLabelValidator.class)
public @interface PlausibleDrinkLabel {

    String message() default "is not a plausible drink label";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
