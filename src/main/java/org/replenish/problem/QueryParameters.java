package org.replenish.problem;

import jakarta.validation.constraints.DecimalMin;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.replenish.units.InputRange;
import org.replenish.units.Magnitude;
import org.replenish.units.Numbers;
import org.replenish.validation.Violation;
import org.replenish.validation.ViolationCode;
import org.replenish.validation.Violations;

/**
 * Parses query parameters itself, so a bad value is a 400 naming the parameter (JAX-RS would answer 404 for an
 * unconvertible query parameter) and all bad parameters are reported together.
 */
public final class QueryParameters {

    /** A number as JSON writes it (RFC 8259 section 6). */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final Violations violations = new Violations();

    /**
     * Checks the names of the query: a parameter the operation does not have is reported like an unknown body field,
     * one given twice like a body field given twice (issue 27 item 2).
     */
    public QueryParameters(Map<String, List<String>> given, String... known) {
        List<String> names = List.of(known);
        given.forEach((name, values) -> {
            if (!names.contains(name)) {
                violations.add(InputViolations.unknownField(name));
            } else if (values.size() > 1) {
                violations.add(InputViolations.givenTwice(name));
            }
        });
    }

    public <E extends Enum<E>> E requiredEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            violations.add(name, "is required", ViolationCode.REQUIRED);
            return null;
        }
        return parseEnum(name, raw, type);
    }

    public <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type, E absent) {
        return raw == null || raw.isEmpty() ? absent : parseEnum(name, raw, type);
    }

    /**
     * A required number in JSON's syntax (no "NaN", "Infinity", hex or 1d): 0, or from {@link InputRange#SMALLEST} to
     * max, the range of the numbers in request bodies, with the violations a body field of that range gives
     * (@DecimalMin("0") and @Magnitude: issue 27 item 1).
     */
    public Double requiredNumber(String name, String raw, double max) {
        if (raw == null || raw.isBlank()) {
            violations.add(name, "is required", ViolationCode.REQUIRED);
            return null;
        }
        if (!JSON_NUMBER.matcher(raw).matches()) {
            violations.add(new Violation(name, "must be a number", ViolationCode.WRONG_TYPE,
                    Map.of("expected", "number")));
            return null;
        }
        double value = Double.parseDouble(raw);
        if (value < 0) {
            violations.add(new Violation(name, "must be greater than or equal to 0", ViolationCode.OUT_OF_RANGE,
                    RangeParameters.of(DecimalMin.class, Map.of("value", "0"), value)));
            return null;
        }
        if (value > max || (value > 0 && value < InputRange.SMALLEST)) {
            String smallest = Numbers.plain(InputRange.SMALLEST);
            violations.add(new Violation(name, "must be 0 or from " + smallest + " to " + Numbers.plain(max),
                    ViolationCode.OUT_OF_RANGE, RangeParameters.of(Magnitude.class,
                            Map.of("min", smallest, "max", Numbers.plain(max)), value)));
            return null;
        }
        return value;
    }

    public void throwIfInvalid() {
        violations.throwIfAny();
    }

    private <E extends Enum<E>> E parseEnum(String name, String raw, Class<E> type) {
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            violations.add(InputViolations.unknownValue(name, type));
            return null;
        }
    }

    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
