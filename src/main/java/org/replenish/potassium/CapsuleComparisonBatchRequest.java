package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of POST /v1/potassium/capsule-comparisons/batch; read as a BatchRequest, item by item. */
@Schema(description = "1 to 100 capsule comparisons answered in one call, each as POST /v1/potassium/capsule-comparisons would.")
public record CapsuleComparisonBatchRequest(
        @Schema(description = "The requests, 1 to 100.", required = true, minItems = 1, maxItems = 100)
        List<CapsuleComparisonRequest> items) {
}
