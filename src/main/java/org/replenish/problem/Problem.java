package org.replenish.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.validation.Violation;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json), the body of every error response.")
public record Problem(
        @Schema(description = "Absolute URI naming the problem type, e.g. https://api.example.org/problems/validation; "
                + "GET on it answers a description of the type (operation getProblemType). about:blank for a status "
                + "without a type of its own.", required = true)
        String type,
        @Schema(description = "Short summary of the problem type, in English (Content-Language: en) whatever Accept-Language asks.", required = true)
        String title,
        @Schema(description = "HTTP status code.", required = true)
        int status,
        @Schema(description = "Explanation of this occurrence, in English; violations carry codes and parameters to word it in another language.", required = true)
        String detail,
        @Schema(description = "Path of the request that failed.", required = true)
        String instance,
        @Schema(description = "Field-level violations; empty unless the problem is about the input.", required = true)
        List<Violation> violations,
        @Schema(description = "The request id of this answer, the same as its X-Request-Id header: quote it when "
                + "reporting a problem.")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem as built before it is answered: type relative to the service, no request id yet. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }

    /** This problem as answered: its type resolved against the service's base URI, and the request id added. */
    public Problem answered(String baseUri, String answerRequestId) {
        String absoluteType = type.startsWith("/") ? baseUri + type : type;
        return new Problem(absoluteType, title, status, detail, instance, violations, answerRequestId);
    }
}
