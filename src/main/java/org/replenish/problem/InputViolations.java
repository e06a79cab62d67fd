package org.replenish.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.replenish.validation.Violation;
import org.replenish.validation.ViolationCode;

/**
 * The field violations of a request that could not be read or broke a constraint, named by the JSON path the client
 * sent. One place for the wording, so a single request and an item of a batch get the same messages.
 */
public final class InputViolations {

    /** How Jackson's strict duplicate detection starts its message: Duplicate field 'ageYears'. */
    private static final String DUPLICATE = "Duplicate field ";

    private InputViolations() {
    }

    /**
     * Bean Validation violations, one per field (the strongest: see {@link #stronger}), sorted by field: two
     * constraints of one field never answer with two violations that contradict each other.
     */
    public static List<Violation> ofConstraints(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, Violation> byField = new TreeMap<>();
        for (ConstraintViolation<?> v : violations) {
            Violation violation = new Violation(ConstraintFieldPath.of(v), v.getMessage(), ConstraintCodes.of(v),
                    ConstraintCodes.parameters(v));
            byField.merge(violation.field(), violation, InputViolations::stronger);
        }
        return List.copyOf(byField.values());
    }

    /**
     * Of two violations of one field, the one to report: the kind that comes first in {@link ViolationCode} (a missing
     * value before a range, a range before a rule across fields); of two ranges, the narrower; else the first message
     * in order, so the answer does not depend on the order the validator found them in.
     */
    static Violation stronger(Violation a, Violation b) {
        int byKind = Integer.compare(ViolationCode.valueOf(a.code()).ordinal(), ViolationCode.valueOf(b.code()).ordinal());
        if (byKind != 0) {
            return byKind < 0 ? a : b;
        }
        if (ViolationCode.OUT_OF_RANGE.name().equals(a.code())) {
            int byRange = RangeParameters.compareStrength(a.parameters(), b.parameters());
            if (byRange != 0) {
                return byRange > 0 ? a : b;
            }
        }
        return a.message().compareTo(b.message()) <= 0 ? a : b;
    }

    /** What is wrong with the JSON a client sent; a failure to write a response is never passed here. */
    public static List<Violation> ofJson(JsonProcessingException e) {
        if (e instanceof InputFaultsException faults) {
            return faults.faults();
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith(DUPLICATE)) {
            String name = original.substring(DUPLICATE.length()).replace("'", "");
            String parent = e instanceof JsonMappingException mapping ? JsonFieldPath.of(mapping.getPath())
                    : JsonFieldPath.BODY;
            return List.of(givenTwice(JsonFieldPath.BODY.equals(parent) ? name : parent + "." + name));
        }
        StreamReadException malformed = malformed(e);
        if (malformed != null) {
            if (malformed.getLocation() == null) {
                return one(JsonFieldPath.BODY, "is not well-formed JSON", ViolationCode.MALFORMED_JSON, Map.of());
            }
            int line = malformed.getLocation().getLineNr();
            int column = malformed.getLocation().getColumnNr();
            String where = malformed instanceof JsonEOFException ? "ends too early" : "is not well-formed JSON";
            return one(JsonFieldPath.BODY, where + " at line " + line + ", column " + column,
                    ViolationCode.MALFORMED_JSON, Map.of("line", String.valueOf(line), "column", String.valueOf(column)));
        }
        if (e instanceof UnrecognizedPropertyException) {
            return List.of(unknownField(JsonFieldPath.of(((UnrecognizedPropertyException) e).getPath())));
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String field = JsonFieldPath.of(invalid.getPath());
            return List.of(target != null && target.isEnum() ? unknownValue(field, target) : wrongType(field, target));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = JsonFieldPath.of(mismatched.getPath());
            if (mismatched instanceof InvalidNullException) {
                return one(field, "is required", ViolationCode.REQUIRED, Map.of());
            }
            if (afterTheDocument(mismatched) && mismatched.getLocation() != null) {
                int line = mismatched.getLocation().getLineNr();
                int column = mismatched.getLocation().getColumnNr();
                return one(JsonFieldPath.BODY, "has content after the end of the JSON document at line " + line
                        + ", column " + column, ViolationCode.MALFORMED_JSON,
                        Map.of("line", String.valueOf(line), "column", String.valueOf(column)));
            }
            return List.of(wrongType(field, mismatched.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return one(JsonFieldPath.of(mapping.getPath()), "is not valid", ViolationCode.INVALID_VALUE, Map.of());
        }
        return one(JsonFieldPath.BODY, "is not valid JSON", ViolationCode.MALFORMED_JSON, Map.of());
    }

    /**
     * The faults of a body read in full, with the constraints broken by the fields that did parse: a constraint on a
     * faulty field, on an object above it or on a field below it is left out, since the fault already names it.
     */
    public static List<Violation> ofFaults(InputFaultsException e, Validator validator) {
        List<Violation> all = new ArrayList<>(e.faults());
        if (e.partial() != null) {
            for (Violation broken : ofConstraints(validator.validate(e.partial()))) {
                if (e.faults().stream().noneMatch(f -> related(f.field(), broken.field()))) {
                    all.add(broken);
                }
            }
        }
        all.sort(java.util.Comparator.comparing(Violation::field));
        return all;
    }

    static Violation givenTwice(String field) {
        return new Violation(field, "is given more than once", ViolationCode.REPEATED, Map.of());
    }

    static Violation unknownField(String field) {
        return new Violation(field, "is not a known field", ViolationCode.UNKNOWN_FIELD, Map.of());
    }

    static Violation unknownValue(String field, Class<?> enumType) {
        String allowed = QueryParameters.names(enumType(enumType));
        return new Violation(field, "must be one of " + allowed, ViolationCode.UNKNOWN_VALUE, Map.of("allowed", allowed));
    }

    static Violation wrongType(String field, Class<?> target) {
        JsonType expected = JsonType.of(target);
        return new Violation(field, "must be " + expected.phrase, ViolationCode.WRONG_TYPE, expected.parameters());
    }

    /** One path is the other, or lies inside it. */
    private static boolean related(String a, String b) {
        return a.equals(b) || inside(a, b) || inside(b, a);
    }

    private static boolean inside(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    /** The read failure behind e, when the body itself is not well-formed (Jackson wraps one met inside an object). */
    private static StreamReadException malformed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && !(cause instanceof MismatchedInputException)) {
                return read;
            }
        }
        return null;
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
