package org.replenish.problem;

import static io.restassured.RestAssured.given;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** A client's mistake is named, never silently guessed around. */
@QuarkusTest
class StrictJsonTest extends HttpTest {

    private static final String PATH = "/v1/potassium/capsule-comparisons";

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).when().post(PATH).then();
    }

    @Test
    void numberInQuotes() {
        assertViolation(post("{\"target\": {\"value\": \"4700\", \"unit\": \"MG\"}}"), PATH, "target.value", "must be a number");
    }

    @Test
    void enumByOrdinal() {
        assertViolation(post("{\"target\": {\"value\": 4700, \"unit\": 0}}"), PATH, "target.unit", "must be one of MG");
    }

    @Test
    void duplicateKey() {
        assertViolation(post("{\"target\": {\"value\": 4700, \"value\": 47, \"unit\": \"MG\"}}"), PATH, "target", "repeats a field");
    }

    @Test
    void trailingContent() {
        assertViolation(post("{\"target\": {\"value\": 4700, \"unit\": \"MG\"}} {}"), PATH, "body", "JSON");
    }

    @Test
    void arrayInsteadOfObject() {
        assertViolation(post("[]"), PATH, "body", "must be an object");
    }

    @Test
    void lowercaseEnum() {
        assertViolation(post("{\"target\": {\"value\": 4700, \"unit\": \"mg\"}}"), PATH, "target.unit", "must be one of MG, G, MMOL, MEQ");
    }
}
