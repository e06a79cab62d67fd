package org.replenish.problem;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.replenish.units.InputRange;
import org.replenish.units.Numbers;
import org.replenish.validation.Violations;

/**
 * Parses query parameters itself, so a bad value is a 400 naming the parameter (JAX-RS would answer 404 for an
 * unconvertible query parameter) and all bad parameters are reported together.
 */
public final class QueryParameters {

    /** A number as JSON writes it (RFC 8259 section 6). */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private final Violations violations = new Violations();

    public <E extends Enum<E>> E requiredEnum(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            violations.add(name, "is required; must be one of " + names(type));
            return null;
        }
        return parseEnum(name, raw, type);
    }

    public <E extends Enum<E>> E optionalEnum(String name, String raw, Class<E> type, E absent) {
        return raw == null || raw.isEmpty() ? absent : parseEnum(name, raw, type);
    }

    /**
     * A required number in JSON's syntax (no "NaN", "Infinity", hex or 1d): 0, or from {@link InputRange#SMALLEST} to
     * max, the range of the numbers in request bodies.
     */
    public Double requiredNumber(String name, String raw, double max) {
        if (raw == null || raw.isBlank()) {
            violations.add(name, "is required");
            return null;
        }
        if (!JSON_NUMBER.matcher(raw).matches()) {
            violations.add(name, "must be a number");
            return null;
        }
        double value = Double.parseDouble(raw);
        if (value < 0 || value > max || (value > 0 && value < InputRange.SMALLEST)) {
            violations.add(name, "must be 0 or a number from " + Numbers.plain(InputRange.SMALLEST) + " to "
                    + Numbers.plain(max));
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
            violations.add(name, "must be one of " + names(type));
            return null;
        }
    }

    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
