package org.replenish.problem;

import jakarta.ws.rs.core.HttpHeaders;
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

    /** Problems are written in English whatever Accept-Language asks, and say so. */
    static final String LANGUAGE = "en";

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, LANGUAGE).build();
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "/problems/validation";
            case 404 -> "/problems/not-found";
            case 405 -> "/problems/method-not-allowed";
            case 406 -> "/problems/not-acceptable";
            case 413 -> "/problems/payload-too-large";
            case 414 -> "/problems/uri-too-long";
            case 415 -> "/problems/unsupported-media-type";
            case 431 -> "/problems/headers-too-large";
            default -> status >= 500 ? "/problems/internal" : "/problems/http-" + status;
        };
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Request is not valid";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 413 -> "Request body too large";
            case 414 -> "Request line too long";
            case 415 -> "Unsupported media type";
            case 431 -> "Request headers too large";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }
}
