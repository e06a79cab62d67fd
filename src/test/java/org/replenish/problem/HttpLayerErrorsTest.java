package org.replenish.problem;

import static org.replenish.ProblemAssert.problemType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.ProblemAssert.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.http.RawHttp;

/** Errors Vert.x finds before JAX-RS runs are problems too, and every response says nosniff. */
@QuarkusTest
class HttpLayerErrorsTest extends HttpTest {

    private static RawHttp.Response raw(byte[] request) throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            return http.exchange(request);
        }
    }

    private static void assertRawProblem(RawHttp.Response response, int status, String type) {
        assertEquals(status, response.status(), response.bodyText());
        assertEquals("application/problem+json", response.header("content-type"));
        assertEquals("nosniff", response.header("x-content-type-options"));
        assertTrue(response.bodyText().contains("\"type\":\"" + type + "\""), response.bodyText());
        assertTrue(response.bodyText().contains("\"status\":" + status), response.bodyText());
        assertTrue(response.bodyText().contains("\"requestId\":\"" + response.header("x-request-id") + "\""),
                response.bodyText());
    }

    @Test
    void requestLineOverTheLimitIs414Problem() {
        String path = "/v1/" + "a".repeat(5000);
        given().when().get(path).then().statusCode(414)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", problemType("uri-too-long"))
                .body("instance", equalTo(path.substring(0, RoutedProblems.MAX_INSTANCE_LENGTH) + "..."));
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        assertProblem(given().header("X-Padding", "a".repeat(25_000)).when().get("/v1/minerals").then(), 431,
                "/v1/minerals").body("type", problemType("headers-too-large"));
    }

    @Test
    void chunkedBodyOverTheLimitIs413Problem() throws IOException {
        byte[] body = ("{\"name\": \"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = raw(RawHttp.request("POST", "/v1/drink-adequacy-checks",
                Map.of("Content-Type", "application/json"), body, true));
        assertRawProblem(response, 413, "http://localhost:8081/problems/payload-too-large");
        assertEquals("close", response.header("connection"));
    }

    @Test
    void chunkedBodyWithinTheLimitIsRead() throws IOException {
        byte[] body = "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = raw(RawHttp.request("POST", "/v1/potassium/capsule-comparisons",
                Map.of("Content-Type", "application/json"), body, true));
        assertEquals(200, response.status(), response.bodyText());
    }

    @Test
    void emptyChunkedBodyIsAnswered() throws IOException {
        RawHttp.Response response = raw(RawHttp.request("POST", "/v1/drink-adequacy-checks",
                Map.of("Content-Type", "application/json"), new byte[0], true));
        assertRawProblem(response, 400, "http://localhost:8081/problems/validation");
    }

    @Test
    void requestWithoutHostIs400Problem() throws IOException {
        byte[] request = "GET /v1/minerals HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        // The type's base is configured, not read from the request: no Host changes nothing.
        assertRawProblem(raw(request), 400, "http://localhost:8081/problems/validation");
    }

    @Test
    void theHostHeaderNeverNamesTheProblemType() throws IOException {
        // Issue 28 item 1: Host api.example.org or an internal name gives the configured base all the same.
        for (String host : new String[] {"api.example.org", "replenish.internal:8080"}) {
            byte[] request = ("FOO /v1/minerals HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            assertRawProblem(raw(request), 405, "http://localhost:8081/problems/method-not-allowed");
        }
    }

    @Test
    void asteriskTargetIs404Problem() throws IOException {
        byte[] request = "OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRawProblem(raw(request), 404, "http://localhost:8081/problems/not-found");
    }

    @Test
    void unknownMethodIs405Problem() throws IOException {
        byte[] request = "FOO /v1/minerals HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response response = raw(request);
        assertRawProblem(response, 405, "http://localhost:8081/problems/method-not-allowed");
        assertEquals("GET, HEAD, OPTIONS", response.header("allow"));
    }

    @Test
    void everyResponseSaysNosniffAndNamesNoServer() {
        for (String path : new String[] {"/v1/minerals", "/v1/nothing", "/q/health/ready", "/q/openapi", "/q/metrics"}) {
            var response = given().when().get(path).then().header("X-Content-Type-Options", "nosniff").extract();
            assertFalse(response.headers().hasHeaderWithName("Server"), path);
            assertFalse(response.headers().hasHeaderWithName("X-Powered-By"), path);
        }
    }

    @Test
    void corsIsOffByDefault() {
        var response = given().header("Origin", "https://elsewhere.example").when().get("/v1/minerals").then()
                .statusCode(200).extract();
        assertFalse(response.headers().hasHeaderWithName("Access-Control-Allow-Origin"));
    }
}
