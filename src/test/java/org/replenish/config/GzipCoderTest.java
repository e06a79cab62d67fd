package org.replenish.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The service's own gzip is read back by the JDK's gzip reader (the oracle: header, CRC-32 and length checked) to the
 * bytes that went in, for one answer after another on the same thread's coder, small and larger than its buffer.
 */
class GzipCoderTest {

    private static byte[] gunzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random bytes (incompressible) or repetitive JSON-like text (compressible) of the given length. */
    private static byte[] input(int length, int seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[length];
        if (seed % 2 == 0) {
            random.nextBytes(bytes);
        } else {
            byte[] text = "{\"mg\":1500.0,\"mmol\":65.246,\"mEq\":65.246},".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < length; i++) {
                bytes[i] = text[(i + random.nextInt(3)) % text.length];
            }
        }
        return bytes;
    }

    @Test
    void eachAnswerReadsBackWhateverCameBefore() {
        qt().forAll(integers().between(0, 200_000), integers().between(0, 1000))
                .checkAssert((length, seed) -> {
                    byte[] bytes = input(length, seed);
                    assertArrayEquals(bytes, gunzip(GzipCoder.gzip(bytes)));
                });
    }

    @Test
    void itsLevelIsTheHttpLayers() throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertEquals(String.valueOf(GzipCoder.LEVEL), properties.getProperty("quarkus.http.compression-level"));
    }

    @Test
    void anAnswerIsCompressed() throws IOException {
        byte[] json = Files.readAllBytes(Path.of("src/main/resources/openapi-examples/estimateDeficit.response.json"));
        byte[] gzip = GzipCoder.gzip(json);
        assertEquals(0x1f, gzip[0] & 0xff); // gzip's magic number, RFC 1952
        assertEquals(0x8b, gzip[1] & 0xff);
        assertTrue(gzip.length < json.length / 3, "an answer shrinks to under a third: " + gzip.length);
    }
}
