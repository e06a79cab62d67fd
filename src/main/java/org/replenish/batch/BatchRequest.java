package org.replenish.batch;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of every batch operation as it is read: the items stay JSON trees, so that each item is read, validated
 * and answered on its own and one bad item never fails the batch. The OpenAPI document shows each operation's typed
 * request schema instead (e.g. DeficitEstimateBatchRequest).
 */
public record BatchRequest(
        @NotNull(message = "is required: an array of 1 to " + BatchRequest.MAX_ITEMS + " requests")
        @Size(min = 1, max = BatchRequest.MAX_ITEMS, message = "must hold 1 to " + BatchRequest.MAX_ITEMS + " requests")
        List<JsonNode> items) {

    /** Most items one batch may carry; more is a 400 for the whole batch (issue 17). */
    public static final int MAX_ITEMS = 100;
}
