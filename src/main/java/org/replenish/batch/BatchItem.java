package org.replenish.batch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.problem.Problem;

/** The answer to one item of a batch: its result, or the problem that a single request would have answered. */
@Schema(description = "The answer to one item of a batch, at the item's position: either result (status 200) or problem "
        + "(the status and problem the single operation would have answered), never both.")
public record BatchItem<R>(
        @Schema(description = "Position of the item in the request's items, from 0.", required = true) int index,
        @Schema(description = "200 when result is given, else the problem's status (400 for an invalid item).", required = true) int status,
        @Schema(description = "The single operation's answer for this item; absent when problem is given.") R result,
        @Schema(description = "Why this item has no result; violations name fields from the batch body, e.g. items[3].person.ageYears.") Problem problem,
        @Schema(description = "The item's clientRef, as the request gave it; absent when it gave none (or an invalid one).") String clientRef) {

    static <R> BatchItem<R> answered(int index, R result, String clientRef) {
        return new BatchItem<>(index, 200, result, null, clientRef);
    }

    static <R> BatchItem<R> failed(int index, Problem problem, String clientRef) {
        return new BatchItem<>(index, problem.status(), null, problem, clientRef);
    }
}
