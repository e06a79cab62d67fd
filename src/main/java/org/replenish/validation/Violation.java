package org.replenish.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field: the JSON path or query parameter the client sent, and what is wrong with it. */
@Schema(description = "One invalid input.")
public record Violation(
        @Schema(description = "JSON path of the body field (e.g. sessions[0].sweatRate.unit) or the query parameter name; 'body' for the request body as a whole.", required = true)
        String field,
        @Schema(description = "What is wrong with the value, in English.", required = true)
        String message,
        @Schema(description = "The kind of fault, for switching on: REQUIRED, OUT_OF_RANGE, UNKNOWN_FIELD, UNKNOWN_VALUE, WRONG_TYPE, MALFORMED_JSON or INVALID_VALUE (which includes rules across fields). An open set: tolerate kinds you do not know.", required = true)
        String code) {

    public Violation(String field, String message, ViolationCode code) {
        this(field, message, code.name());
    }

    /** A violation of a value or of a rule across fields (INVALID_VALUE). */
    public Violation(String field, String message) {
        this(field, message, ViolationCode.INVALID_VALUE);
    }
}
