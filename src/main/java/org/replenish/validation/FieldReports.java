package org.replenish.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation on a field below the validated object, so a class-level constraint names the field the client
 * sent ("sweatRate.value" under "sessions[2]" reads "sessions[2].sweatRate.value") rather than the object.
 * Callers write {@code valid &= holds || FieldReports.reportOutOfRange(...)}, so a message and its boxed limits are
 * built only for a value that fails, not for every value that passes.
 */
public final class FieldReports {

    private FieldReports() {
    }

    /**
     * Adds a violation at the dotted path below the validated object (null: the validated element itself); always
     * false, for "return report(...)".
     */
    static boolean report(ConstraintValidatorContext context, String path, String message) {
        context.disableDefaultConstraintViolation();
        if (path == null) {
            context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
            return false;
        }
        String[] names = path.split("\\.");
        NodeBuilderCustomizableContext node = context.buildConstraintViolationWithTemplate(literal(message))
                .addPropertyNode(name(names[0]));
        NodeBuilderDefinedContext indexed = null;
        for (int i = 1; i < names.length; i++) {
            // "sessions[2].energyExpended": the index belongs to the node after the list, as Bean Validation paths
            // hold it, so the field reads back as the client sent it.
            Integer index = index(names[i - 1]);
            NodeBuilderCustomizableContext next = indexed == null ? node.addPropertyNode(name(names[i]))
                    : indexed.addPropertyNode(name(names[i]));
            indexed = index == null ? null : next.inIterable().atIndex(index);
            node = next;
        }
        if (indexed != null) {
            indexed.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
        return false;
    }

    private static String name(String segment) {
        int bracket = segment.indexOf('[');
        return bracket < 0 ? segment : segment.substring(0, bracket);
    }

    private static Integer index(String segment) {
        int bracket = segment.indexOf('[');
        return bracket < 0 ? null : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
    }

    /**
     * Adds a violation of a limit (a value outside its range, OUT_OF_RANGE) at the dotted path; always false. The kind
     * travels as Hibernate Validator's dynamic payload of the violation, which the problem mapping reads.
     */
    public static boolean reportOutOfRange(ConstraintValidatorContext context, String path, String message,
                                           Object... limitNamesAndValues) {
        return reportFault(context, path, message, ReportedFault.of(ViolationCode.OUT_OF_RANGE, limitNamesAndValues));
    }

    /**
     * Adds a violation of a limit (OUT_OF_RANGE) on the validated element itself (a list field as a whole); always
     * false.
     */
    public static boolean reportOutOfRangeHere(ConstraintValidatorContext context, String message,
                                               Object... limitNamesAndValues) {
        return reportOutOfRange(context, null, message, limitNamesAndValues);
    }

    /** Adds a violation of a field this request needs though its schema makes it optional (REQUIRED); always false. */
    public static boolean reportRequired(ConstraintValidatorContext context, String path) {
        return reportFault(context, path, "is required", ReportedFault.of(ViolationCode.REQUIRED));
    }

    /**
     * Adds a violation of a rule across fields (RULE) at the dotted path, with the rule's code and the values its
     * message states; always false.
     */
    public static boolean reportRule(ConstraintValidatorContext context, String path, RuleCode rule, String message,
                                     Object... namesAndValues) {
        return reportFault(context, path, message, ReportedFault.rule(rule, namesAndValues));
    }

    private static boolean reportFault(ConstraintValidatorContext context, String path, String message,
                                       ReportedFault fault) {
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        hibernate.withDynamicPayload(fault);
        report(context, path, message);
        hibernate.withDynamicPayload(null);
        return false;
    }

    /** The message as a template that interpolates to itself: braces, dollar signs and backslashes escaped. */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
