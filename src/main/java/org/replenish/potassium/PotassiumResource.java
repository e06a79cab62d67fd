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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;

/** The 99 mg potassium capsule limit and comparisons against it: a thin mapping of HTTP to the comparator. */
@Path("/v1/potassium")
@Tag(name = "Potassium")
@NonBlocking
public class PotassiumResource {

    private final CapsuleComparator comparator;

    public PotassiumResource(CapsuleComparator comparator) {
        this.comparator = comparator;
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
}
