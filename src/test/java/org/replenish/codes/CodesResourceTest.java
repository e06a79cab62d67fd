package org.replenish.codes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

@QuarkusTest
class CodesResourceTest extends HttpTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void servesEveryOpenSetWithItsCodesTemplatesAndTypedParameters() {
        given().when().get("/v1/codes")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("sets.set", equalTo(List.of("ASSUMPTION", "DRINK_WARNING", "SAFETY_FLAG", "NOTE", "TARGET_NOTE",
                        "REASON", "LIFE_STAGE_GROUP", "CATEGORY_RULE", "SUMMARY", "PLAN_NOTE", "RISK_FACTOR", "VIOLATION",
                        "RULE")))
                .body("sets.open", equalTo(List.of(true, true, true, true, true, true, true, true, true, true, true, true,
                        true)))
                // Every violation kind, with a template that chooses on the range's keywords and typed parameters.
                .body("sets.find { it.set == 'VIOLATION' }.codes.code", equalTo(List.of("REQUIRED", "OUT_OF_RANGE",
                        "UNKNOWN_FIELD", "UNKNOWN_VALUE", "WRONG_TYPE", "MALFORMED_JSON", "INVALID_VALUE", "REPEATED",
                        "RULE")))
                .body("sets.find { it.set == 'VIOLATION' }.codes.find { it.code == 'OUT_OF_RANGE' }.parameters.find { "
                        + "it.name == 'unit' }.type", equalTo("UNIT"))
                .body("sets.find { it.set == 'VIOLATION' }.codes.find { it.code == 'MALFORMED_JSON' }.parameters",
                        equalTo(List.of(Map.of("name", "line", "type", "INTEGER"),
                                Map.of("name", "column", "type", "INTEGER"))))
                // The rule a RULE violation names, with a template of its own.
                .body("sets.find { it.set == 'RULE' }.codes.find { it.code == 'LIFE_STAGE_REQUIRES_AGE' }.template",
                        equalTo("{lifeStage} needs an age of {minAgeYears} years or more"))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.code",
                        hasItems("POTASSIUM_TARGET_SET_WITH_CLINICIAN", "CHLORIDE_INTAKE_ABOVE_UPPER_LIMIT"))
                .body("sets.find { it.set == 'DRINK_WARNING' }.codes.find { it.code == 'OVERDRINKING_RISK' }.parameters",
                        equalTo(List.of(Map.of("name", "consumedMl", "type", "NUMBER", "unit", "mL"),
                                Map.of("name", "sweatMl", "type", "NUMBER", "unit", "mL"))))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.find { it.code == "
                        + "'POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE' }.parameters.name",
                        equalTo(List.of("olderAdultFromAgeYears", "childBelowAgeYears")))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.find { it.code == 'SIGNS_NEED_A_CLINICIAN' }.parameters",
                        equalTo(List.of()))
                // A session list is 0-based on the wire and counted from 1 in texts; an enum names its schema.
                .body("sets.find { it.set == 'ASSUMPTION' }.codes.find { it.code == 'REPLENISHMENT_UNKNOWN' }.parameters[0]",
                        equalTo(Map.of("name", "sessions", "type", "SESSION_INDEX_LIST")))
                .body("sets.find { it.set == 'REASON' }.codes.find { it.code == 'DIET_BELOW_EAR' }.parameters[0]",
                        equalTo(Map.of("name", "mineral", "type", "ENUM", "schema", "Mineral")))
                .body("sets.find { it.set == 'REASON' }.codes.find { it.code == 'DIET_INTAKE_UNKNOWN' }.template",
                        equalTo("Usual {mineral} intake was not given, so the diet is not judged."));
    }

    @Test
    void theTemplatesComeInTheLanguageAsked() {
        given().header("Accept-Language", "de").when().get("/v1/codes")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("sets.find { it.set == 'REASON' }.codes.find { it.code == 'DIET_INTAKE_UNKNOWN' }.template",
                        equalTo("Die übliche Zufuhr von {mineral} wurde nicht angegeben, daher wird die Ernährung nicht "
                                + "beurteilt."));
    }

    /**
     * Every code an answer carries beside its text (CodedText, assumptions, warnings, flags) is in the catalogue: the
     * answers to every example request, in English and German.
     */
    @Test
    void theCatalogueHasEveryCodeTheExamplesAnswerWith() throws IOException {
        Set<String> catalogue = new TreeSet<>(given().when().get("/v1/codes").then().statusCode(200).extract()
                .jsonPath().getList("sets.codes.flatten().code", String.class));
        List<String> missing = new ArrayList<>();
        Map<String, String> paths = Map.of("estimateDeficit", "/v1/deficit-estimates",
                "checkDrinkAdequacy", "/v1/drink-adequacy-checks",
                "compareWithCapsuleLimit", "/v1/potassium/capsule-comparisons");
        for (Map.Entry<String, String> example : paths.entrySet()) {
            String body = Files.readString(Path.of("src/main/resources/openapi-examples", example.getKey() + ".request.json"));
            for (String language : List.of("en", "de")) {
                String answer = given().contentType("application/json").header("Accept-Language", language).body(body)
                        .when().post(example.getValue()).then().statusCode(200).extract().asString();
                collect(MAPPER.readTree(answer), catalogue, missing);
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Codes of objects that carry a code with a text (message or text) and parameters; violations have a field. */
    private static void collect(JsonNode node, Set<String> catalogue, List<String> missing) {
        if (node.isObject()) {
            if (node.has("code") && node.has("parameters") && (node.has("text") || node.has("message"))
                    && !node.has("field") && !catalogue.contains(node.get("code").asText())) {
                missing.add(node.get("code").asText());
            }
            node.forEach(child -> collect(child, catalogue, missing));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, catalogue, missing));
        }
    }
}
