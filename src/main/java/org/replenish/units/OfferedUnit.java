package org.replenish.units;

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
 * An amount of the named mineral is in a unit the mineral is offered in: MEQ is refused for a mineral without
 * milliequivalents (phosphorus), with the reason the reference data gives, as GET /v1/conversions refuses it. The
 * violation names the amount's unit.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = OfferedUnitValidator.class)
public @interface OfferedUnit {

    /** The mineral of the amount. */
    Mineral mineral();

    String message() default "is not a unit this mineral is offered in";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
