package org.replenish.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation on a field below the validated object, so a class-level constraint names the field the client
 * sent ("sweatRate.value" under "sessions[2]" reads "sessions[2].sweatRate.value") rather than the object.
 */
public final class FieldReports {

    private FieldReports() {
    }

    /** Adds a violation at the dotted path below the validated object; always false, for "return report(...)". */
    public static boolean report(ConstraintValidatorContext context, String path, String message) {
        context.disableDefaultConstraintViolation();
        String[] names = path.split("\\.");
        NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(literal(message))
                .addPropertyNode(names[0]);
        for (int i = 1; i < names.length; i++) {
            node = node.addPropertyNode(names[i]);
        }
        node.addConstraintViolation();
        return false;
    }

    /**
     * Adds a violation of a limit (a value outside its range, OUT_OF_RANGE) at the dotted path; always false. The kind
     * travels as Hibernate Validator's dynamic payload of the violation, which the problem mapping reads.
     */
    public static boolean reportOutOfRange(ConstraintValidatorContext context, String path, String message) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.withDynamicPayload(ViolationCode.OUT_OF_RANGE);
        report(context, path, message);
        hibernate.withDynamicPayload(null);
        return false;
    }

    /** Adds a violation of a limit when the condition is false; returns the condition. */
    public static boolean requireWithin(boolean condition, ConstraintValidatorContext context, String path,
                                        String message) {
        return condition || reportOutOfRange(context, path, message);
    }

    /** Adds the violation when the condition is false; returns the condition. */
    public static boolean require(boolean condition, ConstraintValidatorContext context, String path, String message) {
        return condition || report(context, path, message);
    }

    /** The message as a template that interpolates to itself: braces, dollar signs and backslashes escaped. */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
