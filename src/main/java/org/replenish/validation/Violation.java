package org.replenish.validation;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field: the JSON path or query parameter the client sent, and what is wrong with it. */
@Schema(description = "One invalid input.")
public record Violation(
        @Schema(description = "JSON path of the body field (e.g. sessions[0].sweatRate.unit) or the query parameter name; 'body' for the request body as a whole.", required = true)
        String field,
        @Schema(description = "What is wrong with the value, in English.", required = true)
        String message,
        @Schema(description = "The kind of fault, for switching on: REQUIRED, OUT_OF_RANGE, UNKNOWN_FIELD, UNKNOWN_VALUE, WRONG_TYPE, MALFORMED_JSON, INVALID_VALUE, REPEATED (a field or query parameter given twice) or RULE (a rule across fields, named in parameters.rule). One violation per field: the strongest wins (a missing value before a range, a range before a rule; of two ranges the narrower). Query parameters give the same violations as body fields. An open set: tolerate kinds you do not know.", required = true)
        String code,
        @Schema(description = "The named values the message states, as plain strings (numbers without a trailing .0), so an app can word the fault in its own language with code. One vocabulary per kind, and every parameter the kind's template in GET /v1/codes (set VIOLATION) chooses on is always present: OUT_OF_RANGE always bounds (MIN, MAX or MIN_AND_MAX: which of min and max it names), min and/or max, each with minExclusive/maxExclusive (true or false), zeroAllowed (true where 0 is allowed below a smallest positive min, else false) and unit (a unit symbol such as mg or L/h, items for a list's size, characters for a text's length, none for a pure number); UNKNOWN_VALUE always allowed (comma-separated); WRONG_TYPE always expected (integer, number, boolean, string, array, object); MALFORMED_JSON line and column (1-based; the end of input for a truncated body); RULE always rule (ONLY_ONE_OF, ONE_OF_REQUIRED, BASIS_NOT_FOR_A_GIVEN_TARGET, BASIS_NEEDS_A_PERSON, DAILY_VALUE_NOT_A_PERSONS_TARGET, LIFE_STAGE_REQUIRES_FEMALE, LIFE_STAGE_REQUIRES_AGE, BASIS_DOES_NOT_COVER_AGE, BASIS_HAS_NO_VALUE_FOR_GROUP, UNIT_NOT_ALLOWED_FOR_MINERAL, UNIT_NOT_A_MASS, SITE_NEEDS_SWEAT_SODIUM; an open set, each with a template in the RULE set of GET /v1/codes) with the values it needs (fields, basis, lifeStage, minAgeYears, fromAgeYears, ageYears, mineral, unit, allowed); REQUIRED, UNKNOWN_FIELD, INVALID_VALUE and REPEATED none. Sorted by name.", required = true)
        Map<String, String> parameters) {

    public Violation {
        // Sorted by name: Map.copyOf's order changes from one JVM run to the next, and so did the answer's bytes.
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public Violation(String field, String message, ViolationCode code, Map<String, String> parameters) {
        this(field, message, code.name(), parameters);
    }

    public Violation(String field, String message, ViolationCode code) {
        this(field, message, code.name(), Map.of());
    }

    /** A violation of a value or of a rule across fields (INVALID_VALUE). */
    public Violation(String field, String message) {
        this(field, message, ViolationCode.INVALID_VALUE);
    }

    /** A broken rule across fields (RULE), for checks made outside Bean Validation (query parameters). */
    public static Violation rule(String field, RuleCode rule, String message, Object... namesAndValues) {
        ReportedFault fault = ReportedFault.rule(rule, namesAndValues);
        return new Violation(field, message, fault.code(), fault.parameters());
    }

    /** The same violation at another field (an item's field named from the batch body). */
    public Violation at(String otherField) {
        return new Violation(otherField, message, code, parameters);
    }
}
