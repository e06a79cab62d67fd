package org.replenish.drink;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A drink check is plausible against the drink guidance: serving and consumed volume, servings, osmolality, each
 * mineral's concentration and the carbohydrate within their limits, and a basis other than the Daily Values only
 * with a person.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PlausibleDrinkCheckValidator.class)
public @interface PlausibleDrinkCheck {

    String message() default "is not a plausible drink check";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
