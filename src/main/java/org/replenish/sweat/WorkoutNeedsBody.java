package org.replenish.sweat;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A session's workout-model inputs come with what the model needs: energyExpended or environment needs the person's
 * body mass and height (else a RULE violation naming both), and an energy must be possible for the session's duration
 * and the person's body mass.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = WorkoutNeedsBodyValidator.class)
public @interface WorkoutNeedsBody {

    String message() default "needs the person's body mass and height for the workout sweat model";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
