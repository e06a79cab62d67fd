package org.replenish.openapi;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.replenish.config.ContractVersion;
import org.replenish.config.MinimalAnswerFilter;
import org.replenish.config.RequestIds;
import org.replenish.config.SecurityHeaders;

/**
 * Every HTTP header of the contract in the document (issue 28 item 2): the request headers as reusable header
 * parameters (X-Request-Id on every operation, Accept-Language where the answer is localised, If-None-Match on the
 * cached GETs), so a generated client has a typed slot for each; and the response headers on the responses that send
 * them. HeadersInDocumentTest compares them with what the service sends, for every operation.
 */
final class HttpHeadersDoc {

    private static final String HEADER_REF = "#/components/headers/";
    private static final String PARAMETER_REF = "#/components/parameters/";
    static final String REQUEST_ID = RequestIds.HEADER;
    static final String API_VERSION = ContractVersion.HEADER;
    static final String NOSNIFF = SecurityHeaders.NOSNIFF_NAME;
    static final String CONTENT_LANGUAGE = "Content-Language";
    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String VARY = "Vary";
    static final String VARY_LOCALISED = "VaryLocalised";
    static final String VARY_CALCULATION = "VaryCalculation";
    static final String PREFER = MinimalAnswerFilter.PREFER;
    static final String PREFERENCE_APPLIED = MinimalAnswerFilter.PREFERENCE_APPLIED;
    static final String RETRY_AFTER = "Retry-After";
    static final String ACCEPT_LANGUAGE = "Accept-Language";
    static final String IF_NONE_MATCH = "If-None-Match";

    void declare(Components components) {
        components.addHeader(REQUEST_ID, header("The request id: the request's own X-Request-Id when it sent one of 1 to "
                + "128 characters from A-Z, a-z, 0-9 and . _ : -, else a new UUID. Problems repeat it as requestId; "
                + "quote it when reporting a problem."));
        components.addHeader(API_VERSION, header("The version of the contract this answer follows (semantic versioning: "
                + "the document's info.version). Paths stay under /v1; a new major version is announced with "
                + "Deprecation and Sunset on the answers that change and a migration note in the CHANGELOG."));
        components.addHeader(NOSNIFF, header("nosniff: no browser guesses a type other than Content-Type."));
        components.addHeader(CONTENT_LANGUAGE, header("The language of the answer's texts: en or de, as Accept-Language "
                + "chose (en on problems, whose texts are English only)."));
        components.addHeader(ETAG, header("Strong validator of this representation: the reference data version, the "
                + "service version and a digest of the request URI, with the language where the answer is localised "
                + "and -gzip when it is gzip-coded. Send it back as If-None-Match to get 304 while it still holds."));
        components.addHeader(CACHE_CONTROL, header("public, max-age=3600: reference answers change only with a new "
                + "reference data version or service version, which changes the ETag."));
        components.addHeader(VARY, header("Accept-Encoding: the answer is gzip-coded (Content-Encoding: gzip) when the "
                + "request's Accept-Encoding accepts gzip; it is the same in every language and has one ETag."));
        components.addHeader(VARY_LOCALISED, header("Accept-Encoding, Accept-Language: the answer's texts are in the "
                + "language Accept-Language asks for, and it is gzip-coded when Accept-Encoding accepts gzip."));
        components.addHeader(VARY_CALCULATION, header(MinimalAnswerFilter.VARY + ": the answer's texts are in the "
                + "language Accept-Language asks for, it leaves out its rendered texts and second units when Prefer "
                + "asks return=minimal, and it is gzip-coded when Accept-Encoding accepts gzip."));
        components.addHeader(PREFERENCE_APPLIED, header("return=minimal: the answer leaves out its rendered texts and "
                + "second units, as the request's Prefer asked (RFC 7240). Absent on a full answer."));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader().description("Whole seconds to wait before sending "
                + "the refused batch again (RFC 9110 delay-seconds); 1 by default "
                + "(replenish.batch.retry-after-seconds).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)));
        components.addParameter(REQUEST_ID, parameter(REQUEST_ID, "An id of the client's own for this request, echoed "
                + "in X-Request-Id and in a problem's requestId: 1 to 128 characters from A-Z, a-z, 0-9 and . _ : - "
                + "(any other value is replaced by a new UUID).")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(128)
                        .pattern("^[A-Za-z0-9._:-]{1,128}$")));
        components.addParameter(ACCEPT_LANGUAGE, parameter(ACCEPT_LANGUAGE, "The language of the answer's texts "
                + "(RFC 9110 section 12.5.4, q-values honoured): en (default) or de. Content-Language names the one "
                + "chosen; codes and parameters are the same in every language.")
                .schema(string()).example("de"));
        components.addParameter(PREFER, parameter(PREFER, "return=minimal (RFC 7240) asks for a light answer: "
                + "codes and parameters without the texts rendered from them, amounts in mg only (the properties marked "
                + "x-rendered are left out); Preference-Applied confirms it. Other preferences are ignored.")
                .schema(string()).example("return=minimal"));
        components.addParameter(IF_NONE_MATCH, parameter(IF_NONE_MATCH, "ETags of answers the client holds (or *): "
                + "the service answers 304 without a body while one of them still holds.")
                .schema(string()));
    }

    /** The headers every answer carries, and the request id a client may send. */
    void onEveryOperation(Operation operation) {
        operation.addParameter(parameterRef(REQUEST_ID));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            addHeaders(response, REQUEST_ID, API_VERSION, NOSNIFF);
            if (status.startsWith("4") || status.startsWith("5")) {
                addHeaders(response, CONTENT_LANGUAGE);
            }
        });
    }

    /**
     * An operation whose answer is in the language Accept-Language asks for; a calculation (a POST) also answers
     * light on Prefer: return=minimal.
     */
    void localised(Operation operation, boolean calculation) {
        operation.addParameter(parameterRef(ACCEPT_LANGUAGE));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.addHeader(CONTENT_LANGUAGE, ref(CONTENT_LANGUAGE));
        ok.addHeader(VARY, ref(calculation ? VARY_CALCULATION : VARY_LOCALISED));
        if (calculation) {
            operation.addParameter(parameterRef(PREFER));
            ok.addHeader(PREFERENCE_APPLIED, ref(PREFERENCE_APPLIED));
        }
    }

    /** Retry-After on a 503 of the limit on batches in flight. */
    void retryAfter(APIResponse refused) {
        refused.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
    }

    /** The caching headers on a reference GET's 200, and its 304; vary names the Vary header's description. */
    void cached(Operation operation, boolean localised) {
        operation.addParameter(parameterRef(IF_NONE_MATCH));
        Header vary = ref(localised ? VARY_LOCALISED : VARY);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        ok.addHeader(ETAG, ref(ETAG)).addHeader(CACHE_CONTROL, ref(CACHE_CONTROL)).addHeader(VARY, vary);
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the request's If-None-Match lists this answer's ETag (or is *); no body "
                        + "and no Content-Encoding.")
                .addHeader(ETAG, ref(ETAG)).addHeader(CACHE_CONTROL, ref(CACHE_CONTROL)).addHeader(VARY, vary));
    }

    private void addHeaders(APIResponse response, String... names) {
        for (String name : List.of(names)) {
            response.addHeader(name, ref(name));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(string());
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Parameter parameter(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(false).description(description);
    }

    private static Parameter parameterRef(String name) {
        return OASFactory.createParameter().ref(PARAMETER_REF + name);
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(HEADER_REF + name);
    }
}
