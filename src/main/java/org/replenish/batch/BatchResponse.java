package org.replenish.batch;

import java.util.List;
import java.util.function.UnaryOperator;
import org.replenish.problem.CarriesProblems;
import org.replenish.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a batch operation: one entry per item, in the order of the request. */
@Schema(description = "One answer per item of the batch, in the request's order; an invalid item gets its own problem "
        + "and never fails the others.")
public record BatchResponse<R>(
        @Schema(description = "The answers, items[i] answering the request's items[i].", required = true) List<BatchItem<R>> items,
        @Schema(description = "How many items have a result.", required = true) int answered,
        @Schema(description = "How many items have a problem.", required = true) int failed) implements CarriesProblems {

    static <R> BatchResponse<R> of(List<BatchItem<R>> items) {
        int answered = (int) items.stream().filter(item -> item.problem() == null).count();
        return new BatchResponse<>(items, answered, items.size() - answered);
    }

    @Override
    public BatchResponse<R> withProblems(UnaryOperator<Problem> complete) {
        return new BatchResponse<>(items.stream().<BatchItem<R>>map(item -> item.problem() == null ? item
                : new BatchItem<R>(item.index(), item.status(), null, complete.apply(item.problem()),
                        item.clientRef())).toList(),
                answered, failed);
    }
}
