package org.replenish.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The problem types the service answers, each with the page GET /problems/{slug} serves. A status without a type
 * of its own answers the type about:blank (RFC 9457 section 4.2.1).
 */
public enum ProblemType {

    VALIDATION("validation", 400, "Request is not valid",
            "The request (body, query or HTTP framing) is not valid. violations[] names each bad field or query "
                    + "parameter with what is wrong; correct them and send the request again."),
    NOT_FOUND("not-found", 404, "Not found", "No resource exists at the requested path or id."),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed",
            "The resource exists but does not answer this HTTP method; the Allow header lists the methods it answers."),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable",
            "The Accept header excludes application/json; the service answers JSON (and application/problem+json "
                    + "for errors) only."),
    REQUEST_TIMEOUT("request-timeout", 408, "Request body too slow",
            "The request body did not arrive within the time the service allows for it (15 s by default, "
                    + "replenish.http.body-deadline); the connection is closed. Send the whole body at once."),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large",
            "The request body is larger than the service accepts (64 KiB by default)."),
    URI_TOO_LONG("uri-too-long", 414, "Request line too long",
            "The request line is longer than the service accepts (4096 bytes by default)."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type",
            "The request body is not sent as application/json."),
    HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large",
            "The request headers are larger than the service accepts (20 KiB by default)."),
    INTERNAL("internal", 500, "Internal error",
            "The service failed to answer for a reason of its own; the failure is logged. Quote the requestId "
                    + "when reporting it."),
    TOO_MANY_BATCHES("too-many-batches", 503, "Too many batch requests in flight",
            "The service is answering as many batch requests at once as it allows (2 by default); this one was "
                    + "refused before its body was read. Send it again after the seconds the Retry-After header "
                    + "names. Single operations are not limited.");

    /** The type of a problem without a type of its own. */
    public static final String ABOUT_BLANK = "about:blank";

    /** Where the type pages live, relative to the service. */
    public static final String PATH = "/problems/";

    private final String slug;
    private final int status;
    private final String title;
    private final String description;

    ProblemType(String slug, int status, String title, String description) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The type's URI relative to the service; resolved to an absolute one when the problem is answered. */
    public String path() {
        return PATH + slug;
    }

    /** The type of a status; any 5xx is INTERNAL (a 503 of the batch limit names its type itself). */
    public static Optional<ProblemType> ofStatus(int status) {
        int key = status >= 500 ? 500 : status;
        return Arrays.stream(values()).filter(type -> type.status == key).findFirst();
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }
}
