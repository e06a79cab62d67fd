package org.replenish.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.validation.Violation;

/** An RFC 9457 problem detail, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json), the body of every error response.")
public record Problem(
        @Schema(description = "URI reference naming the problem type, e.g. /problems/validation.", required = true)
        String type,
        @Schema(description = "Short summary of the problem type.", required = true)
        String title,
        @Schema(description = "HTTP status code.", required = true)
        int status,
        @Schema(description = "Explanation of this occurrence.", required = true)
        String detail,
        @Schema(description = "Path of the request that failed.", required = true)
        String instance,
        @Schema(description = "Field-level violations; empty unless the problem is about the input.", required = true)
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
