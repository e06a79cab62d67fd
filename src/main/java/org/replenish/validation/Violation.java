package org.replenish.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field: the JSON path or query parameter the client sent, and what is wrong with it. */
@Schema(description = "One invalid input.")
public record Violation(
        @Schema(description = "JSON path of the body field (e.g. sessions[0].sweatRate.unit) or the query parameter name; 'body' for the request body as a whole.", required = true)
        String field,
        @Schema(description = "What is wrong with the value, in English.", required = true)
        String message) {
}
