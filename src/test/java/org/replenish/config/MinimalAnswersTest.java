package org.replenish.config;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.replenish.HttpTest;

/**
 * Issue 28 item 5: Prefer: return=minimal answers a calculation with its codes and parameters, without the texts
 * rendered from them and without the second and third units; nothing else changes, the answer still matches the
 * document (HttpTest validates every response), and a day's deficit estimate is at most half the bytes.
 */
@QuarkusTest
class MinimalAnswersTest extends HttpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");

    /** The rendered texts of the answers, named here from the document's descriptions, not from the code. */
    private static final Set<String> TEXTS = Set.of("message", "text", "reason", "reasons", "lifeStageGroup",
            "categoryRule", "notes", "explanation");
    /** The units beside mg in an amount, and beside mg/L in a concentration. */
    private static final Set<String> SECOND_UNITS = Set.of("mmol", "mEq", "mmolPerL", "mEqPerL");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "estimateDeficit, /v1/deficit-estimates",
        "checkDrinkAdequacy, /v1/drink-adequacy-checks",
        "compareWithCapsuleLimit, /v1/potassium/capsule-comparisons",
        "estimateDeficitBatch, /v1/deficit-estimates/batch"
    })
    void theLightAnswerIsTheFullOneWithoutTextsAndSecondUnits(String operationId, String path) throws IOException {
        String body = Files.readString(EXAMPLES.resolve(operationId + ".request.json"));
        Response full = given().contentType("application/json").header("X-Request-Id", "same").body(body)
                .when().post(path);
        Response light = given().contentType("application/json").header("X-Request-Id", "same")
                .header("Prefer", "return=minimal").body(body).when().post(path);
        assertEquals(200, light.statusCode());
        assertEquals("return=minimal", light.header("Preference-Applied"));
        assertEquals(null, full.header("Preference-Applied"), "a full answer claims no preference");
        JsonNode expected = without(MAPPER.readTree(full.asString()));
        assertEquals(expected, MAPPER.readTree(light.asString()));
    }

    @Test
    void aDaysDeficitEstimateIsAtMostHalfTheBytes() throws IOException {
        // The measure: one day's deficit estimate (the worked example), uncompressed.
        String body = Files.readString(EXAMPLES.resolve("estimateDeficit.request.json"));
        int full = given().contentType("application/json").body(body).when().post("/v1/deficit-estimates")
                .asByteArray().length;
        int light = given().contentType("application/json").header("Prefer", "return=minimal").body(body)
                .when().post("/v1/deficit-estimates").asByteArray().length;
        assertTrue(light * 2 <= full, light + " bytes of " + full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"return=minimal", "RETURN = minimal", "respond-async, return=minimal; x=1",
        "return=\"minimal\""})
    void theMinimalPreferenceIsReadAsRfc7240WritesIt(String prefer) {
        assertTrue(MinimalAnswers.asked(prefer), prefer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"return=representation", "respond-async", "", "minimal"})
    void otherPreferencesAreIgnored(String prefer) {
        assertFalse(MinimalAnswers.asked(prefer), prefer);
    }

    @Test
    void referenceAnswersAreNotShortened() {
        // GETs are cached by ETag; their answers keep one form whatever Prefer says.
        given().header("Prefer", "return=minimal").when().get("/v1/targets?sex=FEMALE&ageYears=34").then()
                .statusCode(200).header("Preference-Applied", org.hamcrest.Matchers.nullValue())
                .body("lifeStageGroup", org.hamcrest.Matchers.notNullValue());
    }

    /** The answer without its texts, and its amounts and concentrations in mg alone. */
    private static JsonNode without(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            boolean amount = node.has("mg") || node.has("mgPerL");
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("problem")) { // a batch item's problem is an error, answered in full
                    copy.set(field.getKey(), field.getValue());
                } else if (!TEXTS.contains(field.getKey()) && !(amount && SECOND_UNITS.contains(field.getKey()))) {
                    copy.set(field.getKey(), without(field.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(without(element)));
            return copy;
        }
        return node;
    }
}
