package org.replenish.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.replenish.validation.Violation;
import org.replenish.validation.ViolationCode;

/**
 * The field violations of a request that could not be read or broke a constraint, named by the JSON path the client
 * sent. One place for the wording, so a single request and an item of a batch get the same messages.
 */
public final class InputViolations {

    private InputViolations() {
    }

    /** Bean Validation violations, sorted by field then message. */
    public static List<Violation> ofConstraints(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Violation(ConstraintFieldPath.of(v), v.getMessage(), ConstraintCodes.of(v)))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** What is wrong with the JSON a client sent; a failure to write a response is never passed here. */
    public static List<Violation> ofJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return one(JsonFieldPath.of(((UnrecognizedPropertyException) e).getPath()), "is not a known field",
                    ViolationCode.UNKNOWN_FIELD);
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            boolean isEnum = target != null && target.isEnum();
            return one(JsonFieldPath.of(invalid.getPath()), isEnum
                    ? "must be one of " + QueryParameters.names(enumType(target))
                    : "must be " + describe(target), isEnum ? ViolationCode.UNKNOWN_VALUE : ViolationCode.WRONG_TYPE);
        }
        if (e instanceof MismatchedInputException mismatched) {
            boolean isNull = mismatched instanceof InvalidNullException;
            boolean trailing = afterTheDocument(mismatched);
            return one(JsonFieldPath.of(mismatched.getPath()), isNull ? "must not be null"
                    : trailing ? "has content after the end of the JSON document"
                    : "must be " + describe(mismatched.getTargetType()),
                    isNull ? ViolationCode.REQUIRED : trailing ? ViolationCode.MALFORMED_JSON : ViolationCode.WRONG_TYPE);
        }
        if (e instanceof StreamReadException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
            return one(JsonFieldPath.BODY, "is not well-formed JSON" + where, ViolationCode.MALFORMED_JSON);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String original = String.valueOf(e.getOriginalMessage());
            return one(JsonFieldPath.of(mapping.getPath()), original.startsWith("Duplicate field")
                    ? "repeats a field: " + original.substring("Duplicate field ".length())
                    : "is not valid", ViolationCode.INVALID_VALUE);
        }
        return one(JsonFieldPath.BODY, "is not valid JSON", ViolationCode.MALFORMED_JSON);
    }

    /**
     * The violations of item index of a batch, named from the batch's body: "person.ageYears" becomes
     * "items[3].person.ageYears", and a violation of the item as a whole ("body") names "items[3]".
     */
    public static List<Violation> inItem(int index, List<Violation> violations) {
        String item = "items[" + index + "]";
        return violations.stream()
                .map(v -> new Violation(JsonFieldPath.BODY.equals(v.field()) ? item : item + "." + v.field(), v.message(), v.code()))
                .toList();
    }

    /**
     * FAIL_ON_TRAILING_TOKENS reports a second value at the root as a plain MismatchedInputException; the parser's
     * root context tells it from a root value of the wrong type, which fails on the first root value (index 0). The
     * trailing value may have opened an object or array, so the root is found through the parents.
     */
    private static boolean afterTheDocument(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return false;
        }
        JsonStreamContext context = parser.getParsingContext();
        while (context != null && !context.inRoot()) {
            context = context.getParent();
        }
        return context != null && context.getCurrentIndex() > 0;
    }

    private static List<Violation> one(String field, String message, ViolationCode code) {
        return List.of(new Violation(field, message, code));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a value of another type";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == int.class
                || target == long.class) {
            return target == Integer.class || target == int.class || target == Long.class || target == long.class
                    ? "a whole number" : "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
