package org.replenish.potassium;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The 99 mg potassium capsule limit and comparisons against it: a thin mapping of HTTP to the comparator. */
@Path("/v1/potassium")
@Tag(name = "Potassium")
@NonBlocking
public class PotassiumResource {

    static final String BATCH_PATH = "/v1/potassium/capsule-comparisons/batch";

    private final CapsuleComparator comparator;
    private final BatchRunner batches;

    public PotassiumResource(CapsuleComparator comparator, BatchRunner batches) {
        this.comparator = comparator;
        this.batches = batches;
    }

    @GET
    @Path("/capsule-limit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCapsuleLimit", summary = "The 99 mg per-capsule potassium limit",
            description = "The per-unit potassium amount supplements stay at, the forms it concerns and the rule behind it.")
    @APIResponse(responseCode = "200", description = "The limit.")
    public CapsuleLimit capsuleLimit() {
        return comparator.capsuleLimit();
    }

    @POST
    @Path("/capsule-comparisons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "compareWithCapsuleLimit", summary = "Compare a potassium target with the 99 mg capsule limit",
            description = "Sets a potassium target (given; or a person's, the NASEM 2019 Adequate Intake unless basis says "
                    + "otherwise; or, with neither, the 4,700 mg FDA Daily Value as a label reference) and the gap left "
                    + "by the diet against 99 mg capsules, a product's label and potassium-rich foods. Safety rules withhold "
                    + "the counts when potassium supplements need a clinician. Arithmetic context, never a dose.")
    @APIResponse(responseCode = "200", description = "The comparison.")
    public RestResponse<CapsuleComparison> compare(
            @RequestBody(required = true) @NotNull @Valid CapsuleComparisonRequest request, @Context HttpHeaders headers) {
        Texts texts = Localised.texts(headers);
        return Localised.answer(comparator.compare(request, texts), texts);
    }

    @POST
    @Path("/capsule-comparisons/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "compareWithCapsuleLimitBatch", summary = "Compare up to 100 potassium targets with the capsule limit in one call",
            description = "Answers each item as POST /v1/potassium/capsule-comparisons would, in the request's order: a "
                    + "result, or the item's own problem with fields named from the batch body (items[3].target.value). "
                    + "The whole batch is a 400 only when it is not a batch: not JSON, no items array, or not 1 to 100 items.")
    @APIResponse(responseCode = "200", description = "One answer per item, in order.")
    public RestResponse<BatchResponse<CapsuleComparison>> compareBatch(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CapsuleComparisonBatchRequest.class)))
            @NotNull @Valid BatchRequest batch, @Context HttpHeaders headers) {
        return batches.answer(batch, headers, CapsuleComparisonRequest.class, comparator::compare, BATCH_PATH);
    }
}
