package org.replenish.sources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.ProblemAssert.assertProblem;
import static org.replenish.ProblemAssert.problemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.vocabulary.RiskFactor;

/** Issue 16, item 1: every sourceId an answer carries resolves through GET /v1/sources/{id}. */
@QuarkusTest
class SourcesResourceTest extends HttpTest {

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void listsEveryCitationWithAuthorsTitleYearAndTable() {
        given().when().get("/v1/sources").then().statusCode(200)
                // 57 before issue 29, which added GONZALEZ2009, GONZALEZ2012, DUBOIS1916, AINSWORTH2011, SHAPIRO1982 and
                // TETENS1930; issue 31 added THOMAS2016 and DGE2020.
                .body("sources", hasSize(65))
                .body("sources.id", hasItems("NASEM2019", "IOM1997", "EFSA2016K", "CFR201.306", "REPLENISH-DESIGN",
                        "GONZALEZ2009", "DUBOIS1916"))
                .body("sources.find { it.id == 'NASEM2019' }.authors",
                        equalTo("National Academies of Sciences, Engineering, and Medicine"))
                .body("sources.find { it.id == 'NASEM2019' }.year", equalTo(2019))
                .body("sources.find { it.id == 'NASEM2019' }.link", equalTo("https://doi.org/10.17226/25353"))
                .body("sources.find { it.id == 'LARA2016' }.link", nullValue())
                // Issue 28 item 6: the short citation the service's texts use (short-citations.json).
                .body("sources.find { it.id == 'LARA2016' }.shortCitation", equalTo("Lara et al. 2016"))
                .body("sources.find { it.id == 'BAKERJEUKENDRUP2014' }.shortCitation", equalTo("Baker & Jeukendrup 2014"));
    }

    @Test
    void oneSourceByIdAndA404ProblemForAnUnknownId() {
        given().when().get("/v1/sources/CFR201.306").then().statusCode(200)
                .body("source.id", equalTo("CFR201.306"))
                .body("source.table", equalTo("(a) coated tablets supplying 100 mg or more of potassium per tablet"))
                .body("source.link", equalTo("https://www.ecfr.gov/current/title-21/section-201.306"));
        assertProblem(given().when().get("/v1/sources/NOPE2020").then(), 404, "/v1/sources/NOPE2020")
                .body("type", problemType("not-found"));
    }

    @Test
    void everySourceIdInTheExampleAnswersResolves() throws IOException {
        List<JsonNode> answers = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".response.json")).toList()) {
                answers.add(MAPPER.readTree(file.toFile()));
            }
        }
        assertAllResolve(answers, 12);
    }

    @Test
    void everySourceIdInFurtherAnswersResolves() throws IOException {
        List<JsonNode> answers = new ArrayList<>();
        for (String query : List.of("sex=MALE&ageYears=0.5", "sex=FEMALE&ageYears=2&basis=FDA_DAILY_VALUE",
                "sex=FEMALE&ageYears=10&basis=EFSA", "sex=FEMALE&ageYears=16&lifeStage=LACTATING&basis=EFSA",
                "sex=MALE&ageYears=70")) {
            answers.add(MAPPER.readTree(given().when().get("/v1/targets?" + query).then().statusCode(200).extract().asString()));
        }
        ArrayNode everyFactor = MAPPER.createArrayNode();
        for (RiskFactor factor : RiskFactor.values()) {
            everyFactor.add(factor.name());
        }
        for (Map.Entry<String, String> operation : Map.of(
                "estimateDeficit", "/v1/deficit-estimates",
                "checkDrinkAdequacy", "/v1/drink-adequacy-checks",
                "compareWithCapsuleLimit", "/v1/potassium/capsule-comparisons").entrySet()) {
            ObjectNode body = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve(operation.getKey() + ".request.json").toFile());
            answers.add(post(operation.getValue(), body));
            body.set("riskFactors", everyFactor);
            answers.add(post(operation.getValue(), body));
        }
        assertAllResolve(answers, 20);
    }

    private static JsonNode post(String path, JsonNode body) throws IOException {
        return MAPPER.readTree(given().contentType("application/json").body(body.toString()).when().post(path).then()
                .statusCode(200).extract().asString());
    }

    /** Every value of a field named sourceId, *SourceId or sourceIds anywhere in the answers resolves. */
    private static void assertAllResolve(List<JsonNode> answers, int atLeast) {
        Set<String> ids = new TreeSet<>();
        answers.forEach(answer -> collect(answer, ids));
        assertTrue(ids.size() >= atLeast, "the answers cite only " + ids);
        for (String id : ids) {
            given().when().get("/v1/sources/" + id).then().statusCode(200).body("source.id", equalTo(id));
        }
    }

    private static void collect(JsonNode node, Set<String> ids) {
        node.fields().forEachRemaining(field -> {
            String name = field.getKey().toLowerCase();
            if (name.endsWith("sourceid") && field.getValue().isTextual()) {
                ids.add(field.getValue().asText());
            } else if (name.endsWith("sourceids") && field.getValue().isArray()) {
                field.getValue().forEach(id -> ids.add(id.asText()));
            }
        });
        node.elements().forEachRemaining(child -> collect(child, ids));
    }
}
