package org.replenish.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of POST /v1/session-plans/batch; the body is read as a BatchRequest, item by item. */
@Schema(description = "1 to 100 session-plan requests answered in one call, each as POST /v1/session-plans would.")
public record SessionPlanBatchRequest(
        @Schema(description = "The requests, 1 to 100.", required = true, minItems = 1, maxItems = 100)
        List<SessionPlanRequest> items) {
}
