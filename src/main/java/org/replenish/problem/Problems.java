package org.replenish.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.validation.Violation;
import org.replenish.validation.Violations;

/** Builds problem responses; one place decides type URIs, titles and the media type. */
public final class Problems {

    static final String INTERNAL_DETAIL = "The service could not answer this request. It has been logged.";

    private Problems() {
    }

    public static RestResponse<Problem> validation(String instance, List<Violation> violations) {
        return response(validationProblem(instance, violations));
    }

    /** A 400 problem naming each invalid field. */
    public static Problem validationProblem(String instance, List<Violation> violations) {
        return new Problem(typeFor(400), titleFor(400), 400, Violations.countText(violations.size()), instance,
                violations);
    }

    /** A 500 problem that says nothing internal; the failure itself is logged by the caller. */
    public static Problem internal(String instance) {
        return problem(500, instance, INTERNAL_DETAIL);
    }

    public static RestResponse<Problem> of(int status, String instance, String detail) {
        return response(problem(status, instance, detail));
    }

    /** A problem about the request as a whole, with no field violations. */
    public static Problem problem(int status, String instance, String detail) {
        return new Problem(typeFor(status), titleFor(status), status, detail, instance, List.of());
    }

    /** A problem of a type that its status alone does not name (a 503 is INTERNAL unless it says otherwise). */
    public static Problem problem(ProblemType type, String instance, String detail) {
        return new Problem(type.path(), type.title(), type.status(), detail, instance, List.of());
    }

    /** Problems are written in English whatever Accept-Language asks, and say so. */
    static final String LANGUAGE = "en";

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, LANGUAGE).build();
    }

    static String typeFor(int status) {
        return ProblemType.ofStatus(status).map(ProblemType::path).orElse(ProblemType.ABOUT_BLANK);
    }

    static String titleFor(int status) {
        return ProblemType.ofStatus(status).map(ProblemType::title)
                .orElseGet(() -> HttpResponseStatus.valueOf(status).reasonPhrase());
    }
}
