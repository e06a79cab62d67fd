package org.replenish.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem. Quarkus enforces quarkus.http.limits.max-body-size before any JAX-RS
 * code runs and answers with an empty body, so the body is measured here, one route earlier: a declared
 * Content-Length at once, a chunked body (no length) by reading it with a limit; JAX-RS then reads the buffered body.
 * The connection is closed after a 413: the rest of the body may still be on its way.
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Runs before Quarkus' own body-size route (order -2). */
    static final int ORDER = -3;

    private final RoutedProblems problems;
    private final long limitBytes;

    public BodyLimitHandler(RoutedProblems problems,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.problems = problems;
        this.limitBytes = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkBody);
    }

    private void checkBody(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (isOver(declared)) {
                answerTooLarge(context);
                return;
            }
            context.next();
        } else if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            readChunked(context);
        } else {
            context.next();
        }
    }

    /**
     * Reads a chunked body (no declared length) up to the limit and hands it on as the routing context's body, which
     * JAX-RS reads instead of the stream. Vert.x's BodyHandler would do the same but sets no body at all for an empty
     * chunked request, and JAX-RS then waits for a stream that has already ended.
     */
    private void readChunked(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        request.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if (body.length() + chunk.length() > limitBytes) {
                tooLarge[0] = true;
                answerTooLarge(context);
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

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limitBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answerTooLarge(RoutingContext context) {
        problems.send(context, 413, "The request body is larger than the " + limitBytes + " bytes the service accepts.");
    }
}
