package org.replenish.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Every violation carries a machine code for its kind, beside the English message. */
@QuarkusTest
class ViolationCodesTest extends HttpTest {

    private static final String PATH = "/v1/potassium/capsule-comparisons";

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).when().post(PATH).then().statusCode(400);
    }

    private static void assertCode(ValidatableResponse response, String field, String code) {
        response.body("violations.find { it.field == '" + field + "' }.code", equalTo(code));
    }

    @Test
    void eachKindHasItsCode() {
        assertCode(post("{\"target\": {\"unit\": \"MG\"}}"), "target.value", "REQUIRED");
        assertCode(post("{\"target\": {\"value\": -1, \"unit\": \"MG\"}}"), "target.value", "OUT_OF_RANGE");
        assertCode(post("{\"colour\": \"red\"}"), "colour", "UNKNOWN_FIELD");
        assertCode(post("{\"target\": {\"value\": 4700, \"unit\": \"MILLIGRAM\"}}"), "target.unit", "UNKNOWN_VALUE");
        assertCode(post("{\"target\": {\"value\": \"4700\", \"unit\": \"MG\"}}"), "target.value", "WRONG_TYPE");
        assertCode(post("{\"target\": "), "body", "MALFORMED_JSON");
        // A rule across fields: a target and a person together.
        assertCode(post("{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"person\": {\"sex\": \"MALE\", \"ageYears\": 30}}"),
                "person", "RULE");
    }

    @Test
    void limitsFromTheReferenceDataAreRanges() {
        // potassium.json: maximumTargetMg 20000; 25 g is 25000 mg, above it.
        assertCode(post("{\"target\": {\"value\": 25, \"unit\": \"G\"}}"), "target.value", "OUT_OF_RANGE");
        // sweat.json: maximumSweatRateLitresPerHour 6.0; 30 L/h is above it.
        given().contentType("application/json")
                .body("{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}, \"sessions\": [{\"durationMinutes\": 60, "
                        + "\"sweatRate\": {\"value\": 30, \"unit\": \"L_PER_H\"}}]}")
                .when().post("/v1/deficit-estimates").then().statusCode(400)
                .body("violations.find { it.field == 'sessions[0].sweatRate.value' }.code", equalTo("OUT_OF_RANGE"));
    }

    @Test
    void violationsNameTheValuesTheirMessagesState() {
        // potassium.json: maximumTargetMg 20000, so a 25 g target is out of range with the limits as parameters.
        post("{\"target\": {\"value\": 25, \"unit\": \"G\"}}")
                .body("violations.find { it.field == 'target.value' }.parameters",
                        equalTo(Map.of("bounds", "MIN_AND_MAX", "min", "0", "minExclusive", "true", "max", "20000",
                                "maxExclusive", "false", "unit", "mg", "zeroAllowed", "false")));
        // sweat.json: maximumSweatRateLitresPerHour 6.0.
        given().contentType("application/json")
                .body("{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}, \"sessions\": [{\"durationMinutes\": 60, "
                        + "\"sweatRate\": {\"value\": 30, \"unit\": \"L_PER_H\"}}]}")
                .when().post("/v1/deficit-estimates").then().statusCode(400)
                .body("violations.find { it.field == 'sessions[0].sweatRate.value' }.parameters",
                        equalTo(Map.of("bounds", "MAX", "max", "6", "maxExclusive", "false", "unit", "L/h",
                                "zeroAllowed", "false")));
        // The units of an amount are MG, G, MMOL and MEQ; a number in quotes is not a number.
        post("{\"target\": {\"value\": 4700, \"unit\": \"MILLIGRAM\"}}")
                .body("violations.find { it.field == 'target.unit' }.parameters.allowed", equalTo("MG, G, MMOL, MEQ"));
        post("{\"target\": {\"value\": \"4700\", \"unit\": \"MG\"}}")
                .body("violations.find { it.field == 'target.value' }.parameters", equalTo(Map.of("expected", "number")));
        // A body cut after its first line's 11th character.
        post("{\"target\": ").body("violations[0].parameters.line", equalTo("1"));
        // Target and person together break the capsule comparison's "at most one of" rule.
        post("{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"person\": {\"sex\": \"MALE\", \"ageYears\": 30}}")
                .body("violations.find { it.field == 'person' }.parameters",
                        equalTo(Map.of("rule", "ONLY_ONE_OF", "fields", "target, person")));
    }

    @Test
    void problemsNameTheirLanguage() {
        // Problem texts are English only so far: a German request hears so in Content-Language.
        given().contentType("application/json").header("Accept-Language", "de").body("{\"target\": {\"unit\": \"MG\"}}")
                .when().post(PATH).then().statusCode(400).header("Content-Language", "en");
    }

    @Test
    void queryParametersToo() {
        given().when().get("/v1/conversions?mineral=POTASSIUM&value=2e9&from=MEQ").then().statusCode(400)
                .body("violations.find { it.field == 'to' }.code", equalTo("REQUIRED"))
                .body("violations.find { it.field == 'value' }.code", equalTo("OUT_OF_RANGE"));
    }
}
