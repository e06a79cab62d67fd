package org.replenish.plan;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A session plan needs the person's body mass, optional elsewhere: a missing one is REQUIRED on person.bodyMass. */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PlanNeedsBodyMassValidator.class)
public @interface PlanNeedsBodyMass {

    String message() default "is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
