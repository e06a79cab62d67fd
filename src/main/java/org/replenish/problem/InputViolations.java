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
import java.util.Locale;
import java.util.Map;
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
                .map(v -> new Violation(ConstraintFieldPath.of(v), v.getMessage(), ConstraintCodes.of(v),
                        ConstraintCodes.parameters(v)))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** What is wrong with the JSON a client sent; a failure to write a response is never passed here. */
    public static List<Violation> ofJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return one(JsonFieldPath.of(((UnrecognizedPropertyException) e).getPath()), "is not a known field",
                    ViolationCode.UNKNOWN_FIELD, Map.of());
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            boolean isEnum = target != null && target.isEnum();
            if (isEnum) {
                String allowed = QueryParameters.names(enumType(target));
                return one(JsonFieldPath.of(invalid.getPath()), "must be one of " + allowed, ViolationCode.UNKNOWN_VALUE,
                        Map.of("allowed", allowed));
            }
            JsonType expected = JsonType.of(target);
            return one(JsonFieldPath.of(invalid.getPath()), "must be " + expected.phrase, ViolationCode.WRONG_TYPE,
                    expected.parameters());
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = JsonFieldPath.of(mismatched.getPath());
            if (mismatched instanceof InvalidNullException) {
                return one(field, "must not be null", ViolationCode.REQUIRED, Map.of());
            }
            if (afterTheDocument(mismatched)) {
                return one(field, "has content after the end of the JSON document", ViolationCode.MALFORMED_JSON, Map.of());
            }
            JsonType expected = JsonType.of(mismatched.getTargetType());
            return one(field, "must be " + expected.phrase, ViolationCode.WRONG_TYPE, expected.parameters());
        }
        if (e instanceof StreamReadException malformed) {
            if (malformed.getLocation() == null) {
                return one(JsonFieldPath.BODY, "is not well-formed JSON", ViolationCode.MALFORMED_JSON, Map.of());
            }
            int line = malformed.getLocation().getLineNr();
            int column = malformed.getLocation().getColumnNr();
            return one(JsonFieldPath.BODY, "is not well-formed JSON at line " + line + ", column " + column,
                    ViolationCode.MALFORMED_JSON, Map.of("line", String.valueOf(line), "column", String.valueOf(column)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String original = String.valueOf(e.getOriginalMessage());
            return one(JsonFieldPath.of(mapping.getPath()), original.startsWith("Duplicate field")
                    ? "repeats a field: " + original.substring("Duplicate field ".length())
                    : "is not valid", ViolationCode.INVALID_VALUE, Map.of());
        }
        return one(JsonFieldPath.BODY, "is not valid JSON", ViolationCode.MALFORMED_JSON, Map.of());
    }

    /**
     * The violations of item index of a batch, named from the batch's body: "person.ageYears" becomes
     * "items[3].person.ageYears", and a violation of the item as a whole ("body") names "items[3]".
     */
    public static List<Violation> inItem(int index, List<Violation> violations) {
        String item = "items[" + index + "]";
        return violations.stream()
                .map(v -> v.at(JsonFieldPath.BODY.equals(v.field()) ? item : item + "." + v.field()))
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

    private static List<Violation> one(String field, String message, ViolationCode code, Map<String, String> parameters) {
        return List.of(new Violation(field, message, code, parameters));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    /** The JSON type a Java target reads from: its English phrase for the message, its name for the parameters. */
    private enum JsonType {
        INTEGER("a whole number"), NUMBER("a number"), BOOLEAN("true or false"), STRING("a string"), ARRAY("an array"),
        OBJECT("an object"), OTHER("a value of another type");

        final String phrase;

        JsonType(String phrase) {
            this.phrase = phrase;
        }

        static JsonType of(Class<?> target) {
            if (target == null) {
                return OTHER;
            }
            if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
                return INTEGER;
            }
            if (Number.class.isAssignableFrom(target) || target == double.class) {
                return NUMBER;
            }
            if (target == Boolean.class || target == boolean.class) {
                return BOOLEAN;
            }
            if (target == String.class) {
                return STRING;
            }
            return List.class.isAssignableFrom(target) ? ARRAY : OBJECT;
        }

        Map<String, String> parameters() {
            return Map.of("expected", name().toLowerCase(Locale.ROOT));
        }
    }
}
