package org.replenish.batch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.replenish.config.BatchLimits;
import org.replenish.problem.BodyLimitHandler;
import org.replenish.problem.ProblemType;
import org.replenish.problem.RoutedProblems;

/**
 * Admits at most replenish.batch.max-in-flight batch requests (POST to a path ending in /batch) at once and answers
 * the next one at once with a 503 problem and Retry-After, before a byte of its body is read. A batch counts from
 * admission until its answer is written to the socket or its connection ends, whatever ended it (200, 400, 413, 500,
 * a client that went away). Single operations are never counted.
 */
@ApplicationScoped
public class BatchLimitHandler {

    /** After the request id is assigned (-98), before the request head and body checks (-5 to -3) look at anything. */
    static final int ORDER = -50;

    private static final String RETRY_AFTER = "Retry-After";

    private final RoutedProblems problems;
    private final BatchAdmission admission;
    private final String retryAfterSeconds;
    private final Counter admitted;
    private final Counter refused;

    public BatchLimitHandler(RoutedProblems problems, BatchLimits limits, MeterRegistry registry) {
        this.problems = problems;
        this.admission = new BatchAdmission(limits.maxInFlight());
        if (limits.retryAfterSeconds() < 1 || limits.retryAfterSeconds() > 3600) {
            throw new IllegalArgumentException("replenish.batch.retry-after-seconds is 1 to 3600 whole seconds, not "
                    + limits.retryAfterSeconds());
        }
        this.retryAfterSeconds = Integer.toString(limits.retryAfterSeconds());
        Gauge.builder("replenish.batch.in.flight", admission, BatchAdmission::inFlight)
                .description("Batch requests being answered now (replenish.batch.max-in-flight at most)")
                .register(registry);
        this.admitted = Counter.builder("replenish.batch.admitted")
                .description("Batch requests admitted under replenish.batch.max-in-flight")
                .register(registry);
        this.refused = Counter.builder("replenish.batch.refused")
                .description("Batch requests answered 503 because replenish.batch.max-in-flight were in flight")
                .register(registry);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
    }

    /** Batch requests in flight now. */
    int inFlight() {
        return admission.inFlight();
    }

    /** Batch requests admitted since the start. */
    long admitted() {
        return (long) admitted.count();
    }

    private void admit(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST || !isBatch(context.request().path())) {
            context.next();
            return;
        }
        BatchAdmission.Ticket ticket = admission.admit();
        if (ticket == null) {
            refused.increment();
            context.response().putHeader(RETRY_AFTER, retryAfterSeconds);
            problems.send(context, ProblemType.TOO_MANY_BATCHES, "The service is answering its limit of "
                    + admission.limit() + " batch requests at once; send this batch again after " + retryAfterSeconds
                    + " s (Retry-After). Single operations are not limited.");
            return;
        }
        admitted.increment();
        context.addEndHandler(ended -> releaseWhenWritten(context, ended.succeeded(), ticket));
        context.next();
    }

    private static boolean isBatch(String path) {
        return path != null && path.endsWith(BodyLimitHandler.BATCH_SUFFIX);
    }

    /**
     * A response that ended has only been handed to its connection: up to a whole answer (1.1 MB for 100 deficit
     * estimates) may still wait in the connection's queue for a slow client. An empty write queued behind it
     * completes once the answer is on the socket, or fails when the connection closes; either releases the ticket.
     */
    private static void releaseWhenWritten(RoutingContext context, boolean ended, BatchAdmission.Ticket ticket) {
        if (ended && context.request().version() != HttpVersion.HTTP_2
                && context.request().connection() instanceof ConnectionBase connection) {
            connection.writeToChannel(Unpooled.EMPTY_BUFFER, written -> ticket.release());
        } else {
            ticket.release();
        }
    }
}
