package org.replenish.codes;

import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.RestResponse;

/** How resources answer in the client's language: texts chosen by Accept-Language, Content-Language on the answer. */
public final class Localised {

    private Localised() {
    }

    /** The texts in the language the request's Accept-Language prefers (English by default). */
    public static Texts texts(HttpHeaders headers) {
        return Texts.of(Language.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    /**
     * A 200 answer that names its language, and tells caches it depends on Accept-Language and, since the HTTP layer
     * gzips it for a client that accepts gzip, on Accept-Encoding.
     */
    public static <T> RestResponse<T> answer(T body, Texts texts) {
        return RestResponse.ResponseBuilder.ok(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, texts.language().tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
