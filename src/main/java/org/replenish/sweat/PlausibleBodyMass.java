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

/** A body mass lies in the reference data's plausible range once converted; a violation names its value. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = PlausibleBodyMassValidator.class)
public @interface PlausibleBodyMass {

    String message() default "is not a plausible body mass";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
