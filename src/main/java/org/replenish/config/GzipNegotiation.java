package org.replenish.config;

/**
 * Whether the HTTP layer gzips an answer for this Accept-Encoding, with gzip as the only compressor
 * (quarkus.http.compressors=gzip): the negotiation of Netty's HttpContentCompressor, restated so that the ETag of a
 * gzip-coded answer can differ from the identity one. Tokens are matched by containment, as Netty does.
 */
public final class GzipNegotiation {

    private static final float ABSENT = -1f;

    private GzipNegotiation() {
    }

    public static boolean gzipped(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        float star = ABSENT;
        float gzip = ABSENT;
        float deflate = ABSENT;
        float other = ABSENT;
        for (String token : acceptEncoding.split(",")) {
            float q = quality(token);
            if (token.contains("*")) {
                star = q;
            } else if (token.contains("br") || token.contains("zstd") || token.contains("snappy")) {
                other = Math.max(other, q);
            } else if (token.contains("gzip")) {
                gzip = Math.max(gzip, q);
            } else if (token.contains("deflate")) {
                deflate = Math.max(deflate, q);
            }
        }
        boolean anyAccepted = other > 0 || gzip > 0 || deflate > 0;
        if (anyAccepted && gzip != ABSENT && gzip >= deflate) {
            return true;
        }
        return star > 0 && gzip == ABSENT;
    }

    private static float quality(String token) {
        int equals = token.indexOf('=');
        if (equals < 0) {
            return 1f;
        }
        try {
            return Float.parseFloat(token.substring(equals + 1));
        } catch (NumberFormatException e) {
            return 0f;
        }
    }
}
