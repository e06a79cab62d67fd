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
import org.replenish.units.Mineral;

/**
 * A day's amount (of each mineral of a MineralAmounts, or of one mineral's AmountInput) is at most the reference
 * data's maximum once converted; a violation names the amount's value.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = {PlausibleDailyAmountsValidator.class, PlausibleDailyAmountValidator.class})
public @interface PlausibleDailyAmount {

    /** The mineral of an AmountInput; a MineralAmounts names its own. */
    Mineral[] mineral() default {};

    String message() default "is not a plausible daily amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
