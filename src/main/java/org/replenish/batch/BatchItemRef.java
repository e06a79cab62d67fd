package org.replenish.batch;

import jakarta.validation.constraints.Size;

/**
 * The client's own reference of a batch item (issue 28 item 4): a string inside the item, taken out before the item
 * is read as its single request and echoed as clientRef in the item's answer, so a client matches answers to its
 * records without counting positions.
 */
public record BatchItemRef(
        @Size(min = 1, max = BatchItemRef.MAX_LENGTH, message = "must be 1 to " + BatchItemRef.MAX_LENGTH + " characters")
        String clientRef) {

    public static final String FIELD = "clientRef";
    public static final int MAX_LENGTH = 64;
    public static final String DESCRIPTION = "The client's own reference for this item, 1 to 64 characters; echoed as "
            + "clientRef in the item's answer. Only in a batch: the single operation does not take it.";
}
