package org.replenish.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;

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

    /** Adds the violation when the condition is false; returns the condition. */
    public static boolean require(boolean condition, ConstraintValidatorContext context, String path, String message) {
        return condition || report(context, path, message);
    }

    /** The message as a template that interpolates to itself: braces, dollar signs and backslashes escaped. */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
