package org.replenish.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem. Quarkus enforces quarkus.http.limits.max-body-size before any JAX-RS
 * code runs and answers with an empty body, so the declared Content-Length is checked here, one route earlier. A
 * chunked body with no Content-Length that grows past the limit still gets Quarkus' empty 413 (a known gap).
 */
@ApplicationScoped
public class BodyLimitHandler {

    /** Runs before Quarkus' own body-size route (order -2). */
    static final int ORDER = -3;

    private final ObjectMapper mapper;
    private final long limitBytes;

    public BodyLimitHandler(ObjectMapper mapper,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.mapper = mapper;
        this.limitBytes = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOver(declared)) {
            answerTooLarge(context);
            return;
        }
        context.next();
    }

    private boolean isOver(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limitBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void answerTooLarge(RoutingContext context) {
        Problem problem = Problems.problem(413, context.request().path(),
                "The request body is larger than the " + limitBytes + " bytes the service accepts.");
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(413).end();
        }
    }
}
