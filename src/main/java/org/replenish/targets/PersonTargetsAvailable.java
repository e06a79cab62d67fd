package org.replenish.targets;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The request's basis has targets for its person (a life stage that fits sex and age, an age the basis covers);
 * a problem is reported on person.lifeStage or basis.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PersonTargetsValidator.class)
public @interface PersonTargetsAvailable {

    String message() default "has no targets for this person";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
