package org.replenish.drink;

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

/** POST /v1/drink-adequacy-checks: a thin mapping of HTTP to the checker. */
@Path("/v1/drink-adequacy-checks")
@Tag(name = "Drinks")
@NonBlocking
public class DrinkResource {

    static final String BATCH_PATH = "/v1/drink-adequacy-checks/batch";

    private final DrinkChecker checker;
    private final BatchRunner batches;

    public DrinkResource(DrinkChecker checker, BatchRunner batches) {
        this.checker = checker;
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkDrinkAdequacy", summary = "Check a sports drink's electrolytes",
            description = "Normalises a drink label to mg, mmol and mEq per serving and per litre, and holds it against "
                    + "the Daily Values or the person's targets, against an exercise session's sweat losses, and against "
                    + "the sports-drink composition guidance (ACSM 2007, EFSA 2011), with potassium and magnesium "
                    + "verdicts, a category and an osmolality estimate.")
    @APIResponse(responseCode = "200", description = "The check.")
    public RestResponse<DrinkAdequacyCheck> check(
            @RequestBody(required = true) @NotNull @Valid DrinkCheckRequest request, @Context HttpHeaders headers) {
        Texts texts = Localised.texts(headers);
        return Localised.answer(checker.check(request, texts), texts);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkDrinkAdequacyBatch", summary = "Check up to 100 drinks in one call",
            description = "Answers each item as POST /v1/drink-adequacy-checks would, in the request's order: a result, "
                    + "or the item's own problem with fields named from the batch body (items[3].drink.servingVolume). "
                    + "The whole batch is a 400 only when it is not a batch: not JSON, no items array, or not 1 to 100 items.")
    @APIResponse(responseCode = "200", description = "One answer per item, in order.")
    public RestResponse<BatchResponse<DrinkAdequacyCheck>> checkBatch(@RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DrinkCheckBatchRequest.class)))
            @NotNull @Valid BatchRequest batch, @Context HttpHeaders headers) {
        return batches.answer(batch, headers, DrinkCheckRequest.class, checker::check, BATCH_PATH);
    }
}
