package org.replenish.openapi;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.OASFactory;
import org.replenish.config.RequestIds;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers of the OpenAPI document: X-Request-Id on every answer, the validators of the cached
 * reference GETs with their 304, and Retry-After on the batch operations' 503. Request headers (X-Request-Id,
 * If-None-Match, Accept-Encoding) are described here rather than declared as parameters, which would add an argument
 * to every method of a generated client.
 */
final class HttpHeadersDoc {

    private static final String REF = "#/components/headers/";
    static final String REQUEST_ID = RequestIds.HEADER;
    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String VARY = "Vary";
    static final String RETRY_AFTER = "Retry-After";

    void declare(Components components) {
        components.addHeader(REQUEST_ID, header("The request id: the request's own X-Request-Id when it sent one of 1 to "
                + "128 characters from A-Z, a-z, 0-9 and . _ : -, else a new UUID. Problems repeat it as requestId; "
                + "quote it when reporting a problem."));
        components.addHeader(ETAG, header("Strong validator of this representation: the reference data version, the "
                + "service version and a digest of the request URI, with -gzip when the answer is gzip-coded. Send it "
                + "back as If-None-Match to get 304 while it still holds."));
        components.addHeader(CACHE_CONTROL, header("public, max-age=3600: reference answers change only with a new "
                + "reference data version or service version, which changes the ETag."));
        components.addHeader(VARY, header("Accept-Encoding: the answer is gzip-coded (Content-Encoding: gzip) when the "
                + "request's Accept-Encoding accepts gzip; \"Accept-Encoding, Accept-Language\" on GET /v1/targets and "
                + "GET /v1/codes, whose answers are in the language Accept-Language asks for (the other reference "
                + "answers are the same in every language and have one ETag)."));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader().description("Whole seconds to wait before sending "
                + "the refused batch again (RFC 9110 delay-seconds); 1 by default "
                + "(replenish.batch.retry-after-seconds).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
    }

    /** Retry-After on a 503 of the limit on batches in flight. */
    void retryAfter(APIResponse refused) {
        refused.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
    }

    /** The caching headers on a reference GET's 200, and its 304. */
    void cached(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        for (String name : new String[] {ETAG, CACHE_CONTROL, VARY}) {
            ok.addHeader(name, ref(name));
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the request's If-None-Match lists this answer's ETag (or is *); no body.")
                .addHeader(ETAG, ref(ETAG)).addHeader(CACHE_CONTROL, ref(CACHE_CONTROL)).addHeader(VARY, ref(VARY)));
    }

    void onEveryAnswer(Operation operation) {
        operation.getResponses().getAPIResponses().values().forEach(response -> response.addHeader(REQUEST_ID, ref(REQUEST_ID)));
    }

    private static Header header(String description) {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createHeader().description(description).schema(string);
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(REF + name);
    }
}
