package org.replenish.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's floor, compiled only by the {@code bench} Maven profile (bench/run.sh): one endpoint per compute
 * operation that goes through the same stack as the real one (Vert.x, Quarkus REST, Jackson, the same request and
 * response sizes) but does no domain work: it reads the body into a JSON tree and writes back that operation's stored
 * example response. The real endpoint's throughput over the floor's is the share of a request that is not domain
 * work and validation. Hidden from the OpenAPI document, and bench/run.sh checks the document is unchanged.
 * One method per operation on purpose: each floor is routed by a fixed path, as its real endpoint is, so a path
 * parameter's matching does not weigh on the floor alone.
 */
@Path("/bench/floor")
@NonBlocking
public class FloorResource {

    private final JsonNode deficitEstimate;
    private final JsonNode drinkAdequacyCheck;
    private final JsonNode capsuleComparison;

    public FloorResource(ObjectMapper mapper) {
        this.deficitEstimate = StoredExamples.read(mapper, "estimateDeficit", "response", JsonNode.class);
        this.drinkAdequacyCheck = StoredExamples.read(mapper, "checkDrinkAdequacy", "response", JsonNode.class);
        this.capsuleComparison = StoredExamples.read(mapper, "compareWithCapsuleLimit", "response", JsonNode.class);
    }

    @POST
    @Path("/deficit-estimates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonNode estimateDeficit(JsonNode request) {
        return deficitEstimate;
    }

    @POST
    @Path("/drink-adequacy-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonNode checkDrinkAdequacy(JsonNode request) {
        return drinkAdequacyCheck;
    }

    @POST
    @Path("/potassium/capsule-comparisons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public JsonNode compareWithCapsuleLimit(JsonNode request) {
        return capsuleComparison;
    }
}
