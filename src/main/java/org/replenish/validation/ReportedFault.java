package org.replenish.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a validator says about a violation beyond its message: the kind of fault and the values the message states.
 * It travels as the violation's dynamic payload (see {@link FieldReports}), so the problem names it without parsing
 * the message.
 */
public record ReportedFault(ViolationCode code, Map<String, String> parameters) {

    /** A fault from its kind and alternating parameter names and values, each value written as plain text. */
    static ReportedFault of(ViolationCode code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], plain(namesAndValues[i + 1]));
        }
        return new ReportedFault(code, Map.copyOf(parameters));
    }

    /** A broken rule across fields: RULE, with parameters.rule naming it before the values its message states. */
    static ReportedFault rule(RuleCode rule, Object... namesAndValues) {
        Object[] parameters = new Object[namesAndValues.length + 2];
        parameters[0] = "rule";
        parameters[1] = rule.name();
        System.arraycopy(namesAndValues, 0, parameters, 2, namesAndValues.length);
        return of(ViolationCode.RULE, parameters);
    }

    /** Numbers without a trailing ".0" or an exponent, as the messages write them. */
    private static String plain(Object value) {
        if (value instanceof Double number) {
            return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
