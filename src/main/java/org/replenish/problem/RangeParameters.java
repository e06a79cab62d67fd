package org.replenish.problem;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.replenish.units.Magnitude;

/**
 * One vocabulary for OUT_OF_RANGE (issue 27 item 1): min and/or max, each with minExclusive/maxExclusive, and always
 * bounds (which of them), zeroAllowed and unit, so that a template choosing on them finds them in every violation
 * (issue 27 item 3); numbers written plainly ("120", not "120.0"), whichever constraint or validator found the fault.
 */
final class RangeParameters {

    private RangeParameters() {
    }

    /** The unit of a range on a number that has none. */
    static final String NO_UNIT = "none";

    /**
     * type is the constraint's annotation, or null for a validator's own report (min, max, above, unit); value is the
     * value out of range, whose kind names the unit of a size (items of a list, characters of a text).
     */
    static Map<String, String> of(Class<? extends Annotation> type, Map<String, String> raw, Object value) {
        Map<String, String> range = new TreeMap<>();
        if (type == DecimalMin.class) {
            bound(range, "min", raw.get("value"), !Boolean.parseBoolean(raw.getOrDefault("inclusive", "true")));
        } else if (type == DecimalMax.class) {
            bound(range, "max", raw.get("value"), !Boolean.parseBoolean(raw.getOrDefault("inclusive", "true")));
        } else if (type == Min.class) {
            bound(range, "min", raw.get("value"), false);
        } else if (type == Max.class) {
            bound(range, "max", raw.get("value"), false);
        } else if (type == Positive.class || type == PositiveOrZero.class) {
            bound(range, "min", "0", type == Positive.class);
        } else if (type == Negative.class || type == NegativeOrZero.class) {
            bound(range, "max", "0", type == Negative.class);
        } else if (type == Size.class) {
            if (!"0".equals(raw.get("min"))) {
                bound(range, "min", raw.get("min"), false);
            }
            if (!String.valueOf(Integer.MAX_VALUE).equals(raw.get("max"))) {
                bound(range, "max", raw.get("max"), false);
            }
        } else {
            if (type == Magnitude.class) {
                range.put("zeroAllowed", "true");
            }
            if (raw.containsKey("above")) {
                bound(range, "min", raw.get("above"), true);
            } else if (raw.containsKey("min")) {
                bound(range, "min", raw.get("min"), false);
            }
            if (raw.containsKey("max")) {
                bound(range, "max", raw.get("max"), false);
            }
        }
        range.put("bounds", range.containsKey("min") ? range.containsKey("max") ? "MIN_AND_MAX" : "MIN" : "MAX");
        range.putIfAbsent("zeroAllowed", "false");
        range.put("unit", raw.getOrDefault("unit", unitOf(value)));
        return range;
    }

    private static String unitOf(Object value) {
        if (value instanceof CharSequence) {
            return "characters";
        }
        return value instanceof Collection<?> || value instanceof Object[] ? "items" : NO_UNIT;
    }

    /** How much a range narrows a value: a higher min, then a lower max, is stronger; exclusive beats inclusive. */
    static int compareStrength(Map<String, String> a, Map<String, String> b) {
        int min = compareBound(a, b, "min", 1);
        return min != 0 ? min : compareBound(a, b, "max", -1);
    }

    private static int compareBound(Map<String, String> a, Map<String, String> b, String name, int sign) {
        if (a.containsKey(name) != b.containsKey(name)) {
            return a.containsKey(name) ? 1 : -1;
        }
        if (!a.containsKey(name)) {
            return 0;
        }
        int byValue = new BigDecimal(a.get(name)).compareTo(new BigDecimal(b.get(name))) * sign;
        if (byValue != 0) {
            return byValue;
        }
        return Boolean.compare(Boolean.parseBoolean(a.get(name + "Exclusive")),
                Boolean.parseBoolean(b.get(name + "Exclusive")));
    }

    private static void bound(Map<String, String> range, String name, String value, boolean exclusive) {
        if (value == null) {
            return;
        }
        range.put(name, plain(value));
        range.put(name + "Exclusive", String.valueOf(exclusive));
    }

    /** "120.0" and "1.2E2" both as "120". */
    static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
