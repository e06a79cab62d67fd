package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of POST /v1/drink-adequacy-checks/batch; the body is read as a BatchRequest, item by item. */
@Schema(description = "1 to 100 drink checks answered in one call, each as POST /v1/drink-adequacy-checks would.")
public record DrinkCheckBatchRequest(
        @Schema(description = "The requests, 1 to 100.", required = true, minItems = 1, maxItems = 100)
        List<DrinkCheckRequest> items) {
}
