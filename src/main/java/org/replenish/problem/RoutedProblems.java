package org.replenish.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.replenish.config.RequestIds;
import org.replenish.config.SecurityHeaders;

/**
 * Answers a problem from a Vert.x route, for the errors found before JAX-RS runs (request line, headers, body size).
 * The connection is closed afterwards: the rest of an oversized request may still be on the wire.
 */
@ApplicationScoped
public class RoutedProblems {

    private final ObjectMapper mapper;
    private final ProblemAnswers answers;

    public RoutedProblems(ObjectMapper mapper, ProblemAnswers answers) {
        this.mapper = mapper;
        this.answers = answers;
    }

    /** A problem's instance names the path; an over-long one (the 414 case) is cut, not echoed whole. */
    static final int MAX_INSTANCE_LENGTH = 256;

    void send(RoutingContext context, int status, String detail) {
        send(context, Problems.problem(status, instance(context), detail));
    }

    /** Answers a problem of the given type; headers set on the response beforehand (Retry-After) are kept. */
    public void send(RoutingContext context, ProblemType type, String detail) {
        send(context, Problems.problem(type, instance(context), detail));
    }

    private static String instance(RoutingContext context) {
        String path = context.request().path() == null ? "" : context.request().path();
        return path.length() > MAX_INSTANCE_LENGTH ? path.substring(0, MAX_INSTANCE_LENGTH) + "..." : path;
    }

    private void send(RoutingContext context, Problem built) {
        int status = built.status();
        Problem problem = answers.answered(built, context.request());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem always serialises", e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Problems.LANGUAGE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(RequestIds.HEADER, problem.requestId())
                .putHeader(SecurityHeaders.NOSNIFF_NAME, SecurityHeaders.NOSNIFF_VALUE)
                .end(body);
    }
}
