package org.replenish.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.HttpTest;

/**
 * The document's examples are worked examples clients read and test against: each request example, sent to the
 * service, must give exactly the response example. After a deliberate change, rewrite the response files from the
 * running service (see docs/http-contract.md, "The OpenAPI document").
 */
@QuarkusTest
class OpenApiExamplesTest extends HttpTest {

    private static final Path FOLDER = Path.of("src/main/resources/openapi-examples");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What scripts/regenerate-examples.sh runs the service with, so problems inside answers read alike. */
    private static final String EXAMPLE_REQUEST_ID = "example-request";
    private static final String EXAMPLE_BASE = "https://replenish.example";
    private static final Pattern TYPE_BASE = Pattern.compile("\"type\":\"https?://[^/\"]+/problems/");

    /** The query of each GET example, as in the parameters' examples. */
    private static final Map<String, String> QUERIES = Map.of(
            "getTargets", "sex=FEMALE&ageYears=34&lifeStage=PREGNANT&basis=NASEM_DRI",
            "convertAmount", "mineral=POTASSIUM&value=20&from=MEQ&to=MG",
            "listMinerals", "",
            "getCapsuleLimit", "",
            "listCodes", "",
            "getSource", "");

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "getTargets, GET, /v1/targets",
        "listMinerals, GET, /v1/minerals",
        "convertAmount, GET, /v1/conversions",
        "estimateDeficit, POST, /v1/deficit-estimates",
        "checkDrinkAdequacy, POST, /v1/drink-adequacy-checks",
        "getCapsuleLimit, GET, /v1/potassium/capsule-limit",
        "listCodes, GET, /v1/codes",
        "compareWithCapsuleLimit, POST, /v1/potassium/capsule-comparisons",
        "estimateDeficitBatch, POST, /v1/deficit-estimates/batch",
        "checkDrinkAdequacyBatch, POST, /v1/drink-adequacy-checks/batch",
        "compareWithCapsuleLimitBatch, POST, /v1/potassium/capsule-comparisons/batch",
        "getSource, GET, /v1/sources/NASEM2019"
    })
    void exampleRequestGivesExampleResponse(String operationId, String method, String path) throws IOException {
        RequestSpecification request = given().accept("application/json").header("X-Request-Id", EXAMPLE_REQUEST_ID);
        String answer;
        if (method.equals("POST")) {
            answer = request.contentType("application/json")
                    .body(Files.readString(FOLDER.resolve(operationId + ".request.json")))
                    .when().post(path).then().statusCode(200).extract().asString();
        } else {
            String query = QUERIES.get(operationId);
            answer = request.when().get(query.isEmpty() ? path : path + "?" + query).then().statusCode(200)
                    .extract().asString();
        }
        JsonNode expected = MAPPER.readTree(FOLDER.resolve(operationId + ".response.json").toFile());
        // A problem's type is absolute on the base this test ran on; the examples show a public one.
        String onExampleBase = TYPE_BASE.matcher(answer).replaceAll("\"type\":\"" + EXAMPLE_BASE + "/problems/");
        assertEquals(expected, MAPPER.readTree(onExampleBase), operationId + ": the service no longer answers the documented "
                + "example. If the change is intended, rewrite " + FOLDER.resolve(operationId + ".response.json"));
    }

    /**
     * Issue 28 item 2: each problem example ({@code <operationId>.<status>.response.json}) is what the service
     * answers to its request: a bad body ({@code <operationId>.400.request.json}), a GET target
     * ({@code <operationId>.<status>.get}) or a body one byte over the limit. A batch's 503 needs a service that
     * admits no batch; BatchLimitTest checks that example.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("problemExamples")
    void problemExampleIsTheServicesAnswer(String file) throws IOException {
        String name = file.substring(0, file.length() - ".response.json".length());
        String operationId = name.substring(0, name.lastIndexOf('.'));
        int status = Integer.parseInt(name.substring(name.lastIndexOf('.') + 1));
        RequestSpecification request = given().header("X-Request-Id", EXAMPLE_REQUEST_ID);
        Path getTarget = FOLDER.resolve(name + ".get");
        Path badBody = FOLDER.resolve(name + ".request.json");
        String answer;
        if (Files.exists(getTarget)) {
            answer = request.when().get(Files.readString(getTarget).strip()).then().statusCode(status).extract().asString();
        } else {
            String body = Files.exists(badBody) ? Files.readString(badBody)
                    : " ".repeat((operationId.endsWith("Batch") ? 524288 : 65536) + 1);
            answer = request.contentType("application/json").body(body).when().post(postPath(operationId))
                    .then().statusCode(status).extract().asString();
        }
        assertEquals(MAPPER.readTree(FOLDER.resolve(file).toFile()),
                MAPPER.readTree(TYPE_BASE.matcher(answer).replaceAll("\"type\":\"" + EXAMPLE_BASE + "/problems/")),
                file + ": the service no longer answers this example; if intended, run scripts/regenerate-examples.sh");
    }

    static Stream<String> problemExamples() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.matches("[A-Za-z]+\\.(400|404|413)\\.response\\.json")).sorted().toList().stream();
        }
    }

    private static String postPath(String operationId) throws IOException {
        JsonNode paths = MAPPER.readTree(Path.of("openapi/openapi.json").toFile()).get("paths");
        return paths.properties().stream()
                .filter(path -> operationId.equals(path.getValue().path("post").path("operationId").asText()))
                .findFirst().orElseThrow().getKey();
    }
}
