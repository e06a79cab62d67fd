package org.replenish.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem. Quarkus enforces quarkus.http.limits.max-body-size before any JAX-RS
 * code runs and answers with an empty body, so the body is measured here, one route earlier: a declared
 * Content-Length at once, a chunked body (no length) by reading it with a limit; JAX-RS then reads the buffered body.
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Runs before Quarkus' own body-size route (order -2). */
    static final int ORDER = -3;

    private final RoutedProblems problems;
    private final long limitBytes;
    private final BodyHandler chunkedBodies;

    public BodyLimitHandler(RoutedProblems problems,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.problems = problems;
        this.limitBytes = limit.asLongValue();
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(limitBytes);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkBody).failureHandler(this::answerChunkedTooLarge);
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
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    /** The body handler fails the route with 413 when a chunked body grows past the limit. */
    private void answerChunkedTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            answerTooLarge(context);
        } else {
            context.next();
        }
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
