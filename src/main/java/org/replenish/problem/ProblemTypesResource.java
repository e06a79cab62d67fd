package org.replenish.problem;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** GET /problems/{type}: the page a problem's type URI resolves to. */
@Path(ProblemType.PATH + "{type}")
@Tag(name = "Problems")
@NonBlocking
public class ProblemTypesResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "Describe a problem type",
            description = "The page every problem's `type` URI resolves to: the type's title, status and meaning. The "
                    + "types are validation (400), not-found (404), method-not-allowed (405), not-acceptable (406), "
                    + "payload-too-large (413), uri-too-long (414), unsupported-media-type (415), "
                    + "headers-too-large (431), internal (500) and too-many-batches (503, the limit on batch requests "
                    + "in flight); a problem of any other status has the type about:blank.")
    @APIResponse(responseCode = "200", description = "The problem type.")
    @APIResponse(responseCode = "404", description = "No such problem type.")
    public ProblemTypePage problemType(
            @Parameter(description = "The type's last path segment, e.g. validation.", example = "validation")
            @RestPath String type) {
        return ProblemType.ofSlug(type).map(ProblemTypePage::of)
                .orElseThrow(() -> new NotFoundException("No problem type " + type));
    }
}
