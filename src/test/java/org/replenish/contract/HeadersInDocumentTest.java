package org.replenish.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/**
 * Issue 28 item 2: the headers the service sends are the ones the stored document declares, response by response,
 * for every operation (a 200, a 400, and the 304 and 404 where the operation declares them), and every operation
 * declares the request headers it reads as parameters.
 */
@QuarkusTest
class HeadersInDocumentTest extends HttpTest {

    /** Headers of the transport that every HTTP answer may carry; the document does not list them. */
    private static final Set<String> TRANSPORT = Set.of("content-type", "content-length", "transfer-encoding",
            "content-encoding", "connection", "date", "keep-alive");

    /** Headers a response declares but sends only when its condition holds: the light answer asked for. */
    private static final Set<String> CONDITIONAL = Set.of("preference-applied");

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");

    /** A request that answers 200 for each GET operation (the path with its query). */
    private static final Map<String, String> GETS = Map.of(
            "getTargets", "/v1/targets?sex=FEMALE&ageYears=34",
            "convertAmount", "/v1/conversions?mineral=POTASSIUM&value=20&from=MEQ&to=MG",
            "listMinerals", "/v1/minerals",
            "getCapsuleLimit", "/v1/potassium/capsule-limit",
            "listCodes", "/v1/codes",
            "listSources", "/v1/sources",
            "getSource", "/v1/sources/NASEM2019",
            "getProblemType", "/problems/validation");

    private static final Map<String, String> NOT_FOUND = Map.of(
            "getSource", "/v1/sources/NO_SUCH_SOURCE",
            "getProblemType", "/problems/no-such-type");

    private final JsonNode document;

    HeadersInDocumentTest() throws IOException {
        document = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
    }

    @Test
    void everyOperationSendsTheHeadersItsResponsesDeclare() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                String id = operation.get("operationId").asText();
                JsonNode responses = operation.get("responses");
                boolean post = method.getKey().equals("post");

                Response ok = post ? send(path.getKey(), Files.readString(EXAMPLES.resolve(id + ".request.json")))
                        : given().when().get(GETS.get(id));
                assertSame(id, "200", responses, ok);
                if (post) { // the light answer sends Preference-Applied, which the document declares
                    Response light = given().header("Prefer", "return=minimal").contentType("application/json")
                            .body(Files.readString(EXAMPLES.resolve(id + ".request.json"))).when().post(path.getKey());
                    assertSame(id, "200", responses, light);
                    assertEquals("return=minimal", light.header("Preference-Applied"), id);
                }
                Response bad = post ? send(path.getKey(), "{\"noSuchField\": true}")
                        : given().when().get(GETS.get(id) + (GETS.get(id).contains("?") ? "&" : "?") + "noSuch=1");
                boolean takesQuery = operation.path("parameters").findValuesAsText("in").contains("query");
                if (post || takesQuery) { // an operation without a query ignores one
                    assertSame(id, "400", responses, bad);
                }
                if (responses.has("304")) {
                    assertSame(id, "304", responses, given().header("If-None-Match", ok.header("ETag"))
                            .when().get(GETS.get(id)));
                }
                if (responses.has("404")) {
                    assertSame(id, "404", responses, given().when().get(NOT_FOUND.get(id)));
                }
                checked.add(id);
            }
        }
        assertEquals(16, checked.size(), "every operation checked: " + checked);
    }

    @Test
    void everyOperationDeclaresTheRequestHeadersItReads() {
        document.get("paths").forEach(item -> item.forEach(operation -> {
            Set<String> parameters = new TreeSet<>();
            operation.path("parameters").forEach(parameter -> parameters.add(parameter.has("$ref")
                    ? parameter.get("$ref").asText().replace("#/components/parameters/", "")
                    : parameter.get("name").asText()));
            String id = operation.get("operationId").asText();
            assertTrue(parameters.contains("X-Request-Id"), id + " " + parameters);
            boolean cached = operation.get("responses").has("304");
            assertEquals(cached, parameters.contains("If-None-Match"), id + " " + parameters);
            boolean localised = operation.get("responses").get("200").path("headers").has("Content-Language");
            assertEquals(localised, parameters.contains("Accept-Language"), id + " " + parameters);
            if (localised) { // the parameter works: German asked, German named
                RequestSpecification german = given().header("Accept-Language", "de");
                String path = document.get("paths").properties().stream()
                        .filter(entry -> entry.getValue().findValue("operationId").asText().equals(id))
                        .findFirst().orElseThrow().getKey();
                Response answer = operation == item.get("post")
                        ? german.contentType("application/json").body(read(id)).when().post(path)
                        : german.when().get(GETS.get(id));
                assertEquals("de", answer.header("Content-Language"), id);
            }
        }));
    }

    private static String read(String id) {
        try {
            return Files.readString(EXAMPLES.resolve(id + ".request.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Response send(String path, String body) {
        return given().contentType("application/json").body(body).when().post(path);
    }

    /** The answer has the status, and sends exactly the non-transport headers the document declares for it. */
    private static void assertSame(String id, String status, JsonNode responses, Response answer) {
        assertEquals(status, String.valueOf(answer.statusCode()), id);
        Set<String> sent = new TreeSet<>();
        for (Header header : answer.headers()) {
            String name = header.getName().toLowerCase(Locale.ROOT);
            if (!TRANSPORT.contains(name)) {
                sent.add(name);
            }
        }
        Set<String> declared = new TreeSet<>();
        responses.get(status).path("headers").fieldNames().forEachRemaining(name -> declared.add(name.toLowerCase(Locale.ROOT)));
        Set<String> expected = new TreeSet<>(declared);
        expected.removeIf(name -> CONDITIONAL.contains(name) && !sent.contains(name));
        assertEquals(expected, sent, id + " " + status + ": declared vs sent");
    }
}
