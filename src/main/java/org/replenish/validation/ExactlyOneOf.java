package org.replenish.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A record gives exactly one of two or more components, or at most one when {@link #required()} is false. None given
 * is reported on the first component ("give exactly one of a or b"), more than one on {@link #reportBothOn()} (the
 * last of those given when empty), so the client reads the field to change.
 */
@Documented
@Retention(RUNTIME)
@Target(TYPE)
@Repeatable(ExactlyOneOf.List.class)
@Constraint(validatedBy = ExactlyOneOfValidator.class)
public @interface ExactlyOneOf {

    /** The record components, two or more, in the order the message names them. */
    String[] value();

    /** False for "not both": neither is fine. */
    boolean required() default true;

    /** The component more than one given is reported on; the last of those given when empty. */
    String reportBothOn() default "";

    /** The message for a pair given together; derived from the names when empty. */
    String bothMessage() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Retention(RUNTIME)
    @Target(TYPE)
    @interface List {
        ExactlyOneOf[] value();
    }
}
