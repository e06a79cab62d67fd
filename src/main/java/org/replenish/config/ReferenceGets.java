package org.replenish.config;

import java.util.List;

/**
 * Which requests are the cacheable reference GETs: every GET (and HEAD) under /v1, since the calculations are POSTs.
 * One rule for the caching filter and for the OpenAPI document that describes it.
 */
public final class ReferenceGets {

    /** An hour: reference answers change only with a deployment, and the ETag makes revalidation cheap. */
    public static final String CACHE_CONTROL = "public, max-age=3600";

    private static final String V1 = "/v1/";

    /** The reference GETs whose answer is in the language Accept-Language asks for; the others are the same in all. */
    private static final List<String> LOCALISED = List.of("/v1/targets", "/v1/codes");

    private ReferenceGets() {
    }

    /** Whether the answer at path depends on Accept-Language (so caches must vary on it). */
    public static boolean localised(String path) {
        return LOCALISED.contains(path);
    }

    public static boolean includes(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path != null && path.startsWith(V1);
    }
}
