package org.replenish.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.codes.Language;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;
import org.replenish.deficit.DeficitEstimate;
import org.replenish.deficit.DeficitEstimateRequest;
import org.replenish.deficit.DeficitEstimator;
import org.replenish.drink.DrinkAdequacyCheck;
import org.replenish.drink.DrinkCheckRequest;
import org.replenish.drink.DrinkChecker;
import org.replenish.potassium.CapsuleComparator;
import org.replenish.potassium.CapsuleComparison;
import org.replenish.potassium.CapsuleComparisonRequest;

/**
 * The benchmark's typed floor, compiled only by the {@code bench} Maven profile: what the stack costs a compute
 * operation that keeps its typed request and answer records. Each endpoint binds the body to the real request record
 * (the service's Jackson settings, unknown fields rejected), does not validate it, and answers the record the real
 * calculator computed once at start-up from the stored example request, in the same language and with the same
 * headers as the real endpoint. Against the tree floor ({@link FloorResource}) it shows how much of the gap is typed
 * binding and writing records rather than domain work; against the real endpoint, what validation and the
 * calculator cost. Hidden from the OpenAPI document.
 */
@Path("/bench/typed-floor")
@NonBlocking
public class TypedFloorResource {

    private final DeficitEstimate deficitEstimate;
    private final DrinkAdequacyCheck drinkAdequacyCheck;
    private final CapsuleComparison capsuleComparison;

    public TypedFloorResource(ObjectMapper mapper, DeficitEstimator estimator, DrinkChecker checker,
            CapsuleComparator comparator) {
        Texts texts = Texts.of(Language.preferred(null));
        this.deficitEstimate = estimator.estimate(
                StoredExamples.read(mapper, "estimateDeficit", "request", DeficitEstimateRequest.class), texts);
        this.drinkAdequacyCheck = checker.check(
                StoredExamples.read(mapper, "checkDrinkAdequacy", "request", DrinkCheckRequest.class), texts);
        this.capsuleComparison = comparator.compare(StoredExamples.read(
                mapper, "compareWithCapsuleLimit", "request", CapsuleComparisonRequest.class), texts);
    }

    @POST
    @Path("/deficit-estimates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<DeficitEstimate> estimateDeficit(DeficitEstimateRequest request, @Context HttpHeaders headers) {
        return Localised.answer(deficitEstimate, Localised.texts(headers));
    }

    @POST
    @Path("/drink-adequacy-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<DrinkAdequacyCheck> checkDrinkAdequacy(DrinkCheckRequest request,
            @Context HttpHeaders headers) {
        return Localised.answer(drinkAdequacyCheck, Localised.texts(headers));
    }

    @POST
    @Path("/potassium/capsule-comparisons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public RestResponse<CapsuleComparison> compareWithCapsuleLimit(CapsuleComparisonRequest request,
            @Context HttpHeaders headers) {
        return Localised.answer(capsuleComparison, Localised.texts(headers));
    }
}
