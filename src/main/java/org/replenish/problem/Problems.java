package org.replenish.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.validation.Violation;
import org.replenish.validation.Violations;

/** Builds problem responses; one place decides type URIs, titles and the media type. */
public final class Problems {

    private Problems() {
    }

    public static RestResponse<Problem> validation(String instance, List<Violation> violations) {
        return response(new Problem(typeFor(400), titleFor(400), 400, Violations.countText(violations.size()), instance,
                violations));
    }

    public static RestResponse<Problem> of(int status, String instance, String detail) {
        return response(problem(status, instance, detail));
    }

    /** A problem about the request as a whole, with no field violations. */
    public static Problem problem(int status, String instance, String detail) {
        return new Problem(typeFor(status), titleFor(status), status, detail, instance, List.of());
    }

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem).type(Problem.MEDIA_TYPE).build();
    }

    static String typeFor(int status) {
        return ProblemType.ofStatus(status).map(ProblemType::path).orElse(ProblemType.ABOUT_BLANK);
    }

    static String titleFor(int status) {
        return ProblemType.ofStatus(status).map(ProblemType::title)
                .orElseGet(() -> HttpResponseStatus.valueOf(status).reasonPhrase());
    }
}
