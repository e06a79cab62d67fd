package org.replenish.plan;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.batch.BatchRequest;
import org.replenish.batch.BatchResponse;
import org.replenish.batch.BatchRunner;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;

/** POST /v1/session-plans: a thin mapping of HTTP to the planner. */
@Path("/v1/session-plans")
@Tag(name = "Session plans")
@NonBlocking
public class SessionPlanResource {

    static final String BATCH_PATH = "/v1/session-plans/batch";

    private final SessionPlanner planner;
    private final BatchRunner batches;

    public SessionPlanResource(SessionPlanner planner, BatchRunner batches) {
        this.planner = planner;
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planSession", summary = "Plan what to drink before, during and after a session",
            description = "From the person, the planned session (activity, duration, energy, air, or a measured sweat "
                    + "rate) and optionally the drinks at hand: fluid before by body mass, fluid, sodium and "
                    + "carbohydrate per hour during (the fluid never above the expected sweat rate), fluid and sodium "
                    + "after, and each drink at the plan's fluid. The one safety policy decides first; a red flag gives "
                    + "no plan. Arithmetic from published guidance, not a prescription.")
    @APIResponse(responseCode = "200", description = "The plan.")
    public RestResponse<SessionPlan> plan(
            @RequestBody(required = true) @NotNull @Valid SessionPlanRequest request, @Context HttpHeaders headers) {
        Texts texts = Localised.texts(headers);
        return Localised.answer(planner.plan(request, texts), texts);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planSessionBatch", summary = "Plan up to 100 sessions in one call",
            description = "Answers each item as POST /v1/session-plans would, in the request's order: a result, or the "
                    + "item's own problem with fields named from the batch body (items[3].person.bodyMass). The whole "
                    + "batch is a 400 only when it is not a batch: not JSON, no items array, or not 1 to 100 items.")
    @APIResponse(responseCode = "200", description = "One answer per item, in order.")
    public RestResponse<BatchResponse<SessionPlan>> planBatch(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionPlanBatchRequest.class)))
            @NotNull @Valid BatchRequest batch, @Context HttpHeaders headers) {
        return batches.answer(batch, headers, SessionPlanRequest.class, planner::plan, BATCH_PATH);
    }
}
