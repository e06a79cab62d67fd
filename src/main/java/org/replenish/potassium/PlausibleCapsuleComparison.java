package org.replenish.potassium;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A capsule comparison is plausible against the potassium data: target, intake and a product's potassium at most
 * the maximum once converted, a salt's mass in MG or G, and a basis only where a person's target is selected.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = PlausibleCapsuleComparisonValidator.class)
public @interface PlausibleCapsuleComparison {

    String message() default "is not a plausible capsule comparison";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
