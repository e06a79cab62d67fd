package org.replenish.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.config.OutputPrecision;

/**
 * Issue 16, item 6: no answer carries float noise. Random requests (the worked examples with every number scaled by a
 * random factor with many decimals, and random GET queries) must answer numbers with no more decimals than docs/method.md
 * documents for their quantity; and every number of every answer schema has a documented precision.
 */
@QuarkusTest
class OutputPrecisionTest extends HttpTest {

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");
    private static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Map<String, String> POSTS = Map.of(
            "estimateDeficit", "/v1/deficit-estimates",
            "checkDrinkAdequacy", "/v1/drink-adequacy-checks",
            "compareWithCapsuleLimit", "/v1/potassium/capsule-comparisons");
    private static final String[] MINERALS = {"SODIUM", "POTASSIUM", "MAGNESIUM", "CALCIUM", "CHLORIDE"};
    private static final String[] UNITS = {"MG", "G", "MMOL", "MEQ"};

    /** The precisions of docs/method.md (section "Units"), restated here rather than read from the code. */
    private static int allowedDecimals(String field) {
        return switch (field) {
            case "mg", "mgPerL", "mL", "durationMinutes" -> 1;
            case "atomicWeight" -> 8;
            default -> field.toLowerCase().contains("percent") || field.contains("Multiple") || field.equals("exact")
                    || field.equals("capsulesPerPortion") ? 2 : 3;
        };
    }

    @Test
    void randomRequestsAnswerNoFloatNoise() throws IOException {
        Random random = new Random(16);
        int answers = 0;
        for (int i = 0; i < 40; i++) {
            for (Map.Entry<String, String> post : POSTS.entrySet()) {
                JsonNode body = EXACT.readTree(EXAMPLES.resolve(post.getKey() + ".request.json").toFile());
                scaleNumbers(body, random);
                answers += check(given().contentType("application/json").body(body.toString()).when()
                        .post(post.getValue()).then().extract());
            }
            String conversion = "/v1/conversions?mineral=" + MINERALS[random.nextInt(MINERALS.length)] + "&value="
                    + (random.nextDouble() * 5000) + "&from=" + UNITS[random.nextInt(UNITS.length)] + "&to="
                    + UNITS[random.nextInt(UNITS.length)];
            answers += check(given().when().get(conversion).then().extract());
            answers += check(given().when().get("/v1/targets?sex=" + (random.nextBoolean() ? "MALE" : "FEMALE")
                    + "&ageYears=" + random.nextDouble() * 90).then().extract());
        }
        assertTrue(answers > 100, "enough random requests were valid: " + answers);
    }

    @Test
    void everyNumberOfEveryAnswerHasADocumentedPrecision() throws IOException {
        JsonNode document = EXACT.readTree(Path.of("openapi/openapi.json").toFile());
        List<String> missing = new ArrayList<>();
        for (String schema : answerSchemas(document)) {
            document.path("components").path("schemas").path(schema).path("properties").fields().forEachRemaining(p -> {
                if ("number".equals(p.getValue().path("type").asText())) {
                    boolean listed = OutputPrecision.of(schema, p.getKey()).isPresent();
                    boolean stated = p.getValue().path("description").asText().contains("Rounded to ");
                    if (!listed || !stated) {
                        missing.add(schema + "." + p.getKey());
                    }
                }
            });
        }
        assertEquals(List.of(), missing, "number properties of answers without a stated precision");
    }

    @Test
    void roundingIsHalfUpAndWritesTheDecimal() {
        // 1399.9999999999986 mL (the noise) is 1400.0; 50.25999999999995 mmol is 50.26.
        assertEquals(1400.0, OutputPrecision.of("Volume", "mL").orElseThrow().round(1399.9999999999986));
        assertEquals(50.26, OutputPrecision.of("Amount", "mmol").orElseThrow().round(50.25999999999995));
        assertEquals(0.000001, OutputPrecision.of("ConversionResponse", "result").orElseThrow().round(0.0000010000000000000002));
        assertEquals("0.1", OutputPrecision.of("Amount", "mg").orElseThrow().describe());
    }

    private static int check(ExtractableResponse<Response> response) throws IOException {
        if (response.statusCode() != 200) {
            return 0;
        }
        checkNumbers(EXACT.readTree(response.asString()), "", response.asString());
        return 1;
    }

    private static void checkNumbers(JsonNode node, String field, String answer) {
        if (node.isFloatingPointNumber()) {
            BigDecimal written = node.decimalValue();
            if (field.equals("result") || field.equals("factor") || field.equals("value")) {
                assertTrue(written.stripTrailingZeros().precision() <= 6, field + " = " + written + " in " + answer);
            } else {
                assertTrue(written.scale() <= allowedDecimals(field), field + " = " + written + " in " + answer);
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(child -> checkNumbers(child.getValue(), child.getKey(), answer));
        } else if (node.isArray()) {
            node.forEach(child -> checkNumbers(child, field, answer));
        }
    }

    /** Multiplies every number of a request by its own random factor between 0.5 and 2 (many decimals). */
    private static void scaleNumbers(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> names = new ArrayList<>();
            fields.forEachRemaining(entry -> names.add(entry.getKey()));
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isNumber() && !name.equals("unitsPerServing") && !name.equals("durationMinutes")) {
                    object.put(name, child.doubleValue() * (0.5 + 1.5 * random.nextDouble()));
                } else {
                    scaleNumbers(child, random);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> scaleNumbers(child, random));
        }
    }

    private static List<String> answerSchemas(JsonNode document) {
        List<String> found = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(operation ->
                operation.path("responses").findValues("$ref").forEach(ref -> pending.add(ref.asText()))));
        while (!pending.isEmpty()) {
            String ref = pending.remove(pending.size() - 1);
            if (!ref.startsWith("#/components/schemas/")) {
                continue;
            }
            String name = ref.substring("#/components/schemas/".length());
            if (!found.contains(name)) {
                found.add(name);
                document.path("components").path("schemas").path(name).findValues("$ref")
                        .forEach(child -> pending.add(child.asText()));
            }
        }
        return found;
    }
}
