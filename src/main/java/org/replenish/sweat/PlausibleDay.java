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

/**
 * The sessions of one request fit in a day: at most 24 hours in all, and at most the largest daily sweat volume the
 * literature reports (sheet 2.1, about 12 L); a violation names the sessions list.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = PlausibleDayValidator.class)
public @interface PlausibleDay {

    String message() default "the sessions do not fit in one day";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
