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
        @Schema(description = "The kind of fault, for switching on: REQUIRED, OUT_OF_RANGE, UNKNOWN_FIELD, UNKNOWN_VALUE, WRONG_TYPE, MALFORMED_JSON or INVALID_VALUE (which includes rules across fields). An open set: tolerate kinds you do not know.", required = true)
        String code,
        @Schema(description = "The named values the message states, as plain strings, so an app can word the fault in its own language with code: for OUT_OF_RANGE the limits (min, max, above for a value that must be more than it, inclusive, unit), for UNKNOWN_VALUE the allowed values, for WRONG_TYPE the expected type, for MALFORMED_JSON the line and column, for 'exactly one of' rules the fields. Sorted by name; empty when the message states no value.", required = true)
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

    /** The same violation at another field (an item's field named from the batch body). */
    public Violation at(String otherField) {
        return new Violation(otherField, message, code, parameters);
    }
}
