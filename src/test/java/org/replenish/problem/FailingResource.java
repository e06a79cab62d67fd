package org.replenish.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails unexpectedly, to prove a 500 reveals nothing internal. Hidden from the document. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail in org.replenish.Whatever");
    }
}
