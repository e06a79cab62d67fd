package org.replenish.deficit;

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
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;
import org.replenish.batch.BatchRequest;
import org.replenish.batch.BatchResponse;
import org.replenish.batch.BatchRunner;

/** POST /v1/deficit-estimates: a thin mapping of HTTP to the estimator. */
@Path("/v1/deficit-estimates")
@Tag(name = "Deficits")
@NonBlocking
public class DeficitResource {

    static final String BATCH_PATH = "/v1/deficit-estimates/batch";

    private final DeficitEstimator estimator;
    private final BatchRunner batches;

    public DeficitResource(DeficitEstimator estimator, BatchRunner batches) {
        this.estimator = estimator;
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "estimateDeficit", summary = "Estimate a day's electrolyte deficits",
            description = "Estimates sweat losses of the day's sessions (measured, field method or population defaults), "
                    + "holds them and the usual diet against the person's daily targets, and answers per mineral the "
                    + "diet gap, unreplaced sweat loss and deficit as low/expected/high bands, with fluid-balance flags, "
                    + "a risk assessment, safety flags and every assumption used. Arithmetic, not a diagnosis.")
    @APIResponse(responseCode = "200", description = "The estimate.")
    public RestResponse<DeficitEstimate> estimate(
            @RequestBody(required = true) @NotNull @Valid DeficitEstimateRequest request, @Context HttpHeaders headers) {
        Texts texts = Localised.texts(headers);
        return Localised.answer(estimator.estimate(request, texts), texts);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "estimateDeficitBatch", summary = "Estimate deficits for up to 100 requests in one call",
            description = "Answers each item as POST /v1/deficit-estimates would, in the request's order: a result, or "
                    + "the item's own problem with fields named from the batch body (items[3].person.ageYears). The whole "
                    + "batch is a 400 only when it is not a batch: not JSON, no items array, or not 1 to 100 items.")
    @APIResponse(responseCode = "200", description = "One answer per item, in order.")
    public RestResponse<BatchResponse<DeficitEstimate>> estimateBatch(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeficitEstimateBatchRequest.class)))
            @NotNull @Valid BatchRequest batch, @Context HttpHeaders headers) {
        return batches.answer(batch, headers, DeficitEstimateRequest.class, estimator::estimate, BATCH_PATH);
    }
}
