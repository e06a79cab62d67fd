package org.replenish.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.replenish.config.HttpLimits;

/**
 * Answers an oversized body with a 413 problem: over replenish.http.max-body-size for a single request, over
 * replenish.http.max-batch-body-size for a batch (a path ending in /batch). Quarkus enforces quarkus.http.limits.max-body-size before any JAX-RS
 * code runs and answers with an empty body, so the body is measured here, one route earlier: a declared
 * Content-Length at once, a chunked body (no length) by reading it with a limit; JAX-RS then reads the buffered body.
 * The connection is closed after a 413: the rest of the body may still be on its way.
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Runs before Quarkus' own body-size route (order -2). */
    static final int ORDER = -3;

    /** Batch operations live at the single operation's path plus this suffix (docs/http-contract.md, "Batches"). */
    public static final String BATCH_SUFFIX = "/batch";

    private final RoutedProblems problems;
    private final long singleLimitBytes;
    private final long batchLimitBytes;

    public BodyLimitHandler(RoutedProblems problems, HttpLimits limits) {
        this.problems = problems;
        this.singleLimitBytes = limits.maxBodySize().asLongValue();
        this.batchLimitBytes = limits.maxBatchBodySize().asLongValue();
    }

    private long limitFor(RoutingContext context) {
        String path = context.request().path();
        return path != null && path.endsWith(BATCH_SUFFIX) ? batchLimitBytes : singleLimitBytes;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkBody);
    }

    private void checkBody(RoutingContext context) {
        long limitBytes = limitFor(context);
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (isOver(declared, limitBytes)) {
                answerTooLarge(context, limitBytes);
                return;
            }
            context.next();
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            readChunked(context, limitBytes);
        } else {
            context.next();
        }
    }

    /**
     * Reads a chunked body (no declared length) up to the limit and hands it on as the routing context's body, which
     * JAX-RS reads instead of the stream. Vert.x's BodyHandler would do the same but sets no body at all for an empty
     * chunked request, and JAX-RS then waits for a stream that has already ended.
     */
    private void readChunked(RoutingContext context, long limitBytes) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        request.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if (body.length() + chunk.length() > limitBytes) {
                tooLarge[0] = true;
                answerTooLarge(context, limitBytes);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            if (!tooLarge[0]) {
                context.setBody(body);
                context.next();
            }
        });
        request.exceptionHandler(context::fail);
        request.resume();
    }

    private static boolean isOver(String declared, long limitBytes) {
        try {
            return Long.parseLong(declared.trim()) > limitBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answerTooLarge(RoutingContext context, long limitBytes) {
        problems.send(context, 413, "The request body is larger than the " + limitBytes + " bytes the service accepts.");
    }
}
