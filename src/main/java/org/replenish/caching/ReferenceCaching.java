package org.replenish.caching;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.replenish.codes.Language;
import org.replenish.config.GzipNegotiation;
import org.replenish.config.ReferenceGets;
import org.replenish.reference.ReferenceData;

/**
 * HTTP caching of the reference GETs (every GET under /v1: the calculations are POSTs): Cache-Control, a strong ETag
 * and 304 on a matching If-None-Match. A GET's answer is a pure function of the request URI, the reference data and
 * the code, so the ETag is
 * derived from those three and a 304 costs no computation. A gzip-coded answer is another representation and gets
 * another tag (RFC 9110 section 8.8.3), decided as the HTTP layer decides whether to compress.
 */
@ApplicationScoped
public class ReferenceCaching {

    private static final String CACHE_CONTROL = ReferenceGets.CACHE_CONTROL;
    /** The answer depends on the coding and, where it carries messages, on the language. */
    private static final String VARY_CODING = HttpHeaders.ACCEPT_ENCODING;
    private static final String VARY_CODING_AND_LANGUAGE = HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE;

    private final String versions;

    public ReferenceCaching(ReferenceData data,
                            @ConfigProperty(name = "quarkus.application.version", defaultValue = "0") String appVersion) {
        this.versions = data.version() + "_" + appVersion;
    }

    @ServerRequestFilter
    public Response notModified(HttpServerRequest request) {
        if (!ReferenceGets.includes(request.method().name(), request.path())) {
            return null;
        }
        String etag = etag(request);
        if (!IfNoneMatch.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return null;
        }
        return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, vary(request)).build();
    }

    @ServerResponseFilter
    public void validators(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getStatus() == 200 && ReferenceGets.includes(request.method().name(), request.path())) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag(request));
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().putSingle(HttpHeaders.VARY, vary(request));
        }
    }

    /** Accept-Language only where the answer is in the language asked for: one cache entry for the others. */
    private static String vary(HttpServerRequest request) {
        return ReferenceGets.localised(request.path()) ? VARY_CODING_AND_LANGUAGE : VARY_CODING;
    }

    /**
     * "<reference data version>_<service version>_<digest of the URI>", then "_<language>" where the answer is
     * localised (a German answer is another representation than the English one), and -gzip when the answer is
     * gzip-coded.
     */
    String etag(HttpServerRequest request) {
        String coding = GzipNegotiation.gzipped(request.getHeader(HttpHeaders.ACCEPT_ENCODING)) ? "-gzip" : "";
        String language = ReferenceGets.localised(request.path())
                ? "_" + Language.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).tag() : "";
        return "\"" + versions + "_" + digest(request.uri()) + language + coding + "\"";
    }

    private static String digest(String uri) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
