package org.replenish.sweat;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A session's measurements are plausible against the reference data: sweat rate and sweat sodium at most their
 * maxima, a body-mass loss at most the plausible share, fluid drunk and urine at most a session's maximum.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PlausibleSessionValidator.class)
public @interface PlausibleSession {

    String message() default "is not a plausible session";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
