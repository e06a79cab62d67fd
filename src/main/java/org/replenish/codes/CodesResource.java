package org.replenish.codes;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /v1/codes: the catalogue of the open code sets. */
@Path("/v1/codes")
@Tag(name = "Reference")
@NonBlocking
public class CodesResource {

    // The catalogue depends only on the code enums and the bundled texts, fixed for the life of the process.
    private final CodeCatalogue catalogue = CodeCatalogue.current();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCodes", summary = "The codes answers can carry",
            description = "Lists every open set of codes (assumptions, drink warnings, safety flags, notes) with each "
                    + "code's meaning and the names of its message's parameters, so an app can switch on codes and "
                    + "render messages in its own language. Open sets may grow: tolerate codes you do not know.")
    @APIResponse(responseCode = "200", description = "The catalogue.")
    public CodeCatalogue codes() {
        return catalogue;
    }
}
