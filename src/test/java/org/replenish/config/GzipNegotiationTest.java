package org.replenish.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Accept-Encoding values that get gzip (and so a -gzip ETag), as Netty's compressor decides with gzip alone. */
class GzipNegotiationTest {

    @Test
    void gzipWhenAcceptedAndNotBeatenByDeflate() {
        assertTrue(GzipNegotiation.gzipped("gzip"));
        assertTrue(GzipNegotiation.gzipped("gzip, deflate, br"));
        assertTrue(GzipNegotiation.gzipped("deflate;q=0.5, gzip;q=0.8"));
        assertTrue(GzipNegotiation.gzipped("*"));
        assertTrue(GzipNegotiation.gzipped("deflate, *"));
    }

    @Test
    void identityOtherwise() {
        assertFalse(GzipNegotiation.gzipped(null));
        assertFalse(GzipNegotiation.gzipped("identity"));
        assertFalse(GzipNegotiation.gzipped("gzip;q=0"));
        assertFalse(GzipNegotiation.gzipped("deflate"));
        assertFalse(GzipNegotiation.gzipped("deflate, gzip;q=0.5"));
        assertFalse(GzipNegotiation.gzipped("*;q=0"));
        assertFalse(GzipNegotiation.gzipped("gzip;q=0, *"));
    }
}
