package org.replenish.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 33 item 1: a calculation's answer to a client that accepts gzip is gzip-coded once (by the service itself,
 * config/GzipAnswerFilter), with its Content-Length, and reads back to exactly the identity answer, in English and
 * German and with Prefer: return=minimal; a client that does not accept gzip gets identity; problems stay identity.
 * Raw HTTP, since REST Assured would decompress for us.
 */
@QuarkusTest
class GzipAnswersTest {

    private static final Map<String, String> OPERATIONS = Map.of(
            "/v1/deficit-estimates", "estimateDeficit",
            "/v1/drink-adequacy-checks", "checkDrinkAdequacy",
            "/v1/potassium/capsule-comparisons", "compareWithCapsuleLimit",
            "/v1/session-plans", "planSession",
            "/v1/deficit-estimates/batch", "estimateDeficitBatch");

    private static RawHttp.Response post(String path, byte[] body, Map<String, String> extra) throws IOException {
        Map<String, String> headers = new HashMap<>(extra);
        headers.put("Content-Type", "application/json");
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            return http.exchange(RawHttp.request("POST", path, headers, body, false));
        }
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A batch item's problem names its request, which differs from call to call. */
    private static String withoutRequestIds(String json) {
        return json.replaceAll("\"requestId\":\"[^\"]*\"", "");
    }

    private static byte[] example(String operation) throws IOException {
        return Files.readAllBytes(Path.of("src/main/resources/openapi-examples/" + operation + ".request.json"));
    }

    @Test
    void aGzipAnswerReadsBackToTheIdentityAnswer() throws IOException {
        for (Map.Entry<String, String> operation : OPERATIONS.entrySet()) {
            byte[] body = example(operation.getValue());
            for (Map<String, String> asked : new Map[] {Map.of(), Map.of("Accept-Language", "de"),
                    Map.of("Prefer", "return=minimal")}) {
                RawHttp.Response plain = post(operation.getKey(), body, asked);
                Map<String, String> withGzip = new HashMap<>(asked);
                withGzip.put("Accept-Encoding", "gzip, deflate, br");
                RawHttp.Response gzipped = post(operation.getKey(), body, withGzip);
                String where = operation.getKey() + " " + asked;
                assertEquals(200, gzipped.status(), where);
                assertNull(plain.header("content-encoding"), where);
                assertEquals("gzip", gzipped.header("content-encoding"), where);
                assertEquals(String.valueOf(gzipped.body().length), gzipped.header("content-length"), where);
                assertTrue(gzipped.header("vary").contains("Accept-Encoding"), where);
                assertEquals(withoutRequestIds(plain.bodyText()), withoutRequestIds(gunzip(gzipped.body())),
                        where + ": coded once, the same answer");
            }
        }
    }

    @Test
    void identityWhenGzipIsNotAcceptedAndForProblems() throws IOException {
        byte[] body = example("compareWithCapsuleLimit");
        for (String refused : new String[] {"identity", "gzip;q=0", "deflate"}) {
            RawHttp.Response answer = post("/v1/potassium/capsule-comparisons", body, Map.of("Accept-Encoding", refused));
            assertEquals(200, answer.status(), refused);
            assertNull(answer.header("content-encoding"), refused);
            assertTrue(answer.bodyText().startsWith("{"), refused);
        }
        RawHttp.Response problem = post("/v1/potassium/capsule-comparisons",
                example("compareWithCapsuleLimit.400"), Map.of("Accept-Encoding", "gzip"));
        assertEquals(400, problem.status());
        assertNull(problem.header("content-encoding"));
        assertTrue(problem.bodyText().contains("\"violations\""), problem.bodyText());
    }
}
