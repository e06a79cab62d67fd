package org.replenish.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a problem type means, as GET /problems/{type} answers it. */
@Schema(description = "The description of one problem type: what a problem's type URI resolves to.")
public record ProblemTypePage(
        @Schema(description = "The type's last path segment, e.g. validation.", required = true)
        String type,
        @Schema(description = "The title every problem of this type carries.", required = true)
        String title,
        @Schema(description = "The HTTP status of problems of this type (500 stands for any 5xx).", required = true)
        int status,
        @Schema(description = "What the problem means and what a client can do about it, in English.", required = true)
        String description) {

    static ProblemTypePage of(ProblemType type) {
        return new ProblemTypePage(type.slug(), type.title(), type.status(), type.description());
    }
}
