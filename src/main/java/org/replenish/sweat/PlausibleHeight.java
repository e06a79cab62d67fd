package org.replenish.sweat;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A body height lies in the workout data's human range once converted; a violation names its value. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = PlausibleHeightValidator.class)
public @interface PlausibleHeight {

    String message() default "is not a plausible body height";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
