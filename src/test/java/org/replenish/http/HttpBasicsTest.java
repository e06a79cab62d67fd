package org.replenish.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.ProblemAssert.assertProblem;
import static org.replenish.ProblemAssert.problemType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Issue 16, item 5: caching of the reference GETs, gzip, Allow on 405, problem type pages and request ids. */
@QuarkusTest
class HttpBasicsTest extends HttpTest {

    /** One request per reference GET (every GET under /v1). */
    static final List<String> REFERENCE_GETS = List.of(
            "/v1/minerals",
            "/v1/targets?sex=FEMALE&ageYears=34",
            "/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG",
            "/v1/potassium/capsule-limit",
            "/v1/sources",
            "/v1/sources/NASEM2019",
            "/v1/codes");

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void referenceGetsCarryAStrongETagAndAnswer304WhenItMatches() {
        for (String path : REFERENCE_GETS) {
            boolean localised = path.startsWith("/v1/targets") || path.startsWith("/v1/codes");
            String etag = given().when().get(path).then().statusCode(200)
                    .header("Cache-Control", "public, max-age=3600")
                    .header("Vary", localised ? "Accept-Encoding, Accept-Language" : "Accept-Encoding")
                    .extract().header("ETag");
            assertTrue(etag.startsWith("\"2026."), path + ": a strong tag naming the reference data version: " + etag);
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304)
                    .header("ETag", etag).body(emptyString());
            given().header("If-None-Match", "\"other\", W/" + etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void anotherQueryIsAnotherRepresentationWithAnotherTag() {
        String adult = given().when().get("/v1/targets?sex=FEMALE&ageYears=34").then().extract().header("ETag");
        String child = given().when().get("/v1/targets?sex=FEMALE&ageYears=3").then().extract().header("ETag");
        assertNotEquals(adult, child);
        given().header("If-None-Match", adult).when().get("/v1/targets?sex=FEMALE&ageYears=3").then().statusCode(200);
    }

    @Test
    void aGermanAnswerIsAnotherRepresentationWithAnotherTag() {
        // /v1/targets carries notes in the request's language, so an English tag must not validate a German answer.
        String path = "/v1/targets?sex=FEMALE&ageYears=34&basis=EFSA";
        String english = given().when().get(path).then().statusCode(200).extract().header("ETag");
        String german = given().header("Accept-Language", "de").when().get(path).then().statusCode(200)
                .header("Content-Language", "de").extract().header("ETag");
        assertNotEquals(english, german);
        given().header("Accept-Language", "de").header("If-None-Match", english).when().get(path).then()
                .statusCode(200);
        given().header("Accept-Language", "de").header("If-None-Match", german).when().get(path).then()
                .statusCode(304);
    }

    @Test
    void anAnswerTheSameInEveryLanguageHasOneTag() {
        // Issue 28 item 3: /v1/sources is not localised, so English and German share one representation and tag.
        String english = given().when().get("/v1/sources").then().statusCode(200).extract().header("ETag");
        String german = given().header("Accept-Language", "de").when().get("/v1/sources").then().statusCode(200)
                .header("Vary", "Accept-Encoding").extract().header("ETag");
        assertEquals(english, german);
        // /v1/codes is: its templates come in the language asked for.
        String codesEnglish = given().when().get("/v1/codes").then().statusCode(200).extract().header("ETag");
        String codesGerman = given().header("Accept-Language", "de").when().get("/v1/codes").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(codesEnglish, codesGerman);
    }

    @Test
    void calculationsAndErrorsAreNotCached() {
        var problem = given().when().get("/v1/targets?sex=FEMALE").then().statusCode(400).extract();
        assertFalse(problem.headers().hasHeaderWithName("ETag"));
        assertFalse(problem.headers().hasHeaderWithName("Cache-Control"));
        var comparison = given().contentType("application/json").body("{}").when()
                .post("/v1/potassium/capsule-comparisons").then().statusCode(200).extract();
        assertFalse(comparison.headers().hasHeaderWithName("ETag"));
    }

    @Test
    void jsonIsGzippedWhenTheClientAcceptsGzipAndTheTagSaysSo() throws IOException {
        String path = "/v1/targets?sex=FEMALE&ageYears=34";
        RawHttp.Response plain = raw(path, Map.of());
        RawHttp.Response gzipped = raw(path, Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, gzipped.status());
        assertEquals("gzip", gzipped.header("content-encoding"));
        assertNull(plain.header("content-encoding"));
        assertTrue(gzipped.body().length < plain.body().length / 2, "compressed answer is smaller");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertEquals(plain.bodyText(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(plain.header("etag").replace("\"", "") + "-gzip", gzipped.header("etag").replace("\"", ""));
    }

    @Test
    void a405SaysWhichMethodsThePathAnswers() {
        assertProblem(given().when().delete("/v1/minerals").then(), 405, "/v1/minerals")
                .header("Allow", "GET, HEAD, OPTIONS");
        // Issue 28 item 3: a POST-only path does not answer HEAD, so Allow does not list it, and HEAD is the 405 too.
        assertProblem(given().when().get("/v1/deficit-estimates").then(), 405, "/v1/deficit-estimates")
                .header("Allow", "OPTIONS, POST");
        given().when().head("/v1/deficit-estimates").then().statusCode(405).header("Allow", "OPTIONS, POST");
        // A GET path answers HEAD: same status and headers as the GET, no body.
        given().when().head("/v1/minerals").then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aProblemTypeResolvesToItsDescription() {
        String type = given().when().get("/v1/targets?sex=FEMALE").then().statusCode(400)
                .body("type", problemType("validation")).extract().path("type");
        RestAssured.given().when().get(type).then().statusCode(200)
                .body("type", equalTo("validation")).body("status", equalTo(400))
                .body("title", equalTo("Request is not valid"));
        assertProblem(given().when().get("/problems/nothing").then(), 404, "/problems/nothing")
                .body("type", problemType("not-found"));
    }

    @Test
    void aSaneRequestIdIsEchoedAndRepeatedInTheProblem() {
        given().header("X-Request-Id", "ticket-42.a:b_c").when().get("/v1/minerals").then().statusCode(200)
                .header("X-Request-Id", "ticket-42.a:b_c");
        given().header("X-Request-Id", "ticket-42").when().get("/v1/targets").then().statusCode(400)
                .header("X-Request-Id", "ticket-42").body("requestId", equalTo("ticket-42"));
    }

    @Test
    void anInsaneOrMissingRequestIdIsReplacedByANewOne() {
        for (String sent : new String[] {"", "with space", "a".repeat(129), "<script>"}) {
            String id = given().header("X-Request-Id", sent).when().get("/v1/targets").then().statusCode(400)
                    .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
            given().header("X-Request-Id", id).when().get("/v1/minerals").then().header("X-Request-Id", id);
        }
        String first = given().when().get("/v1/minerals").then().header("X-Request-Id", matchesPattern(UUID))
                .extract().header("X-Request-Id");
        String second = given().when().get("/v1/minerals").then().extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }

    private static RawHttp.Response raw(String target, Map<String, String> headers) throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            return http.exchange(RawHttp.request("GET", target, headers, null, false));
        }
    }
}
