package org.replenish.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that fail unexpectedly, to prove a 500 reveals nothing internal. Hidden from the document. */
@Path("/test-only")
public class FailingResource {

    /** A response holding a number JSON cannot carry. */
    public record NonFinite(double share) {
    }

    @GET
    @Path("/failure")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("secret internal detail in org.replenish.Whatever");
    }

    @GET
    @Path("/non-finite")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public NonFinite nonFinite() {
        return new NonFinite(Double.POSITIVE_INFINITY);
    }
}
