package org.replenish.problem;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.replenish.units.Numbers;

/**
 * Parses query parameters itself, so a bad value is a 400 naming the parameter (JAX-RS would answer 404 for an
 * unconvertible query parameter) and all bad parameters are reported together.
 */
public final class QueryParameters {

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

    /** A required finite number within [min, max]. */
    public Double requiredNumber(String name, String raw, double min, double max) {
        if (raw == null || raw.isBlank()) {
            violations.add(name, "is required");
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim());
            if (Double.isNaN(value) || value < min || value > max) {
                violations.add(name, "must be a number from " + Numbers.plain(min) + " to " + Numbers.plain(max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(name, "must be a number");
            return null;
        }
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
