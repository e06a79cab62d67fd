package org.replenish.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.replenish.ProblemAssert.assertProblem;
import static org.replenish.ProblemAssert.problemType;
import static org.replenish.batch.BatchResourceTest.CAPSULES;
import static org.replenish.batch.BatchResourceTest.DEFICITS;
import static org.replenish.batch.BatchResourceTest.DRINKS;
import static org.replenish.batch.BatchResourceTest.RUN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.config.BatchLimits;
import org.replenish.http.RawHttp;

/**
 * The limit on batches in flight (replenish.batch.max-in-flight): batches whose bodies are still arriving hold their
 * places, so the limit is reached without any timing; the next batch is a 503 problem, single operations are not
 * counted, and every way a batch ends gives its place back.
 */
@QuarkusTest
class BatchLimitTest extends HttpTest {

    /** 100 copies of BatchResourceTest's valid deficit request. */
    private static final String BATCH_OF_100 = "{\"items\": [" + String.join(",", Collections.nCopies(100, RUN)) + "]}";

    @Inject
    BatchLimitHandler handler;

    @Inject
    BatchLimits limits;

    private final List<Socket> held = new ArrayList<>();

    @AfterEach
    void closeHeldBatches() throws IOException {
        for (Socket socket : held) {
            socket.close();
        }
        held.clear();
        awaitInFlight(count -> count == 0, "no batch in flight after the test");
    }

    /** Opens a batch whose body is declared but only begun, so it stays in flight until the socket closes. */
    private Socket holdBatch(String path) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5000);
        held.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(RawHttp.request("POST", path, Map.of("Content-Type", "application/json",
                "Content-Length", Integer.toString(BATCH_OF_100.length())), null, false));
        out.write(BATCH_OF_100.substring(0, 100).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    /** Holds as many batches as the limit allows and waits until the service counts them all. */
    private void exhaustTheLimit() throws IOException {
        for (int i = 0; i < limits.maxInFlight(); i++) {
            holdBatch(DEFICITS);
        }
        awaitInFlight(count -> count == limits.maxInFlight(), "the limit of " + limits.maxInFlight() + " reached");
    }

    /**
     * Waits for the service to see what the sockets did (a close reaches it asynchronously). Not a timed assertion:
     * the bound only keeps a broken build from hanging.
     */
    private void awaitInFlight(IntPredicate expected, String what) {
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (!expected.test(handler.inFlight())) {
            if (System.nanoTime() > giveUp) {
                fail(what + ": " + handler.inFlight() + " in flight");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Test
    void aBatchPastTheLimitIsA503ProblemWithRetryAfter() throws IOException {
        exhaustTheLimit();
        for (String path : List.of(DEFICITS, DRINKS, CAPSULES)) {
            assertProblem(post(path, "{\"items\": [" + RUN + "]}"), 503, path)
                    .header("Retry-After", Integer.toString(limits.retryAfterSeconds()))
                    .header("Connection", "close")
                    .body("type", problemType("too-many-batches"))
                    .body("title", equalTo("Too many batch requests in flight"))
                    .body("detail", containsString("its limit of " + limits.maxInFlight() + " batch requests"))
                    .body("violations.size()", equalTo(0));
        }
        assertEquals(limits.maxInFlight(), handler.inFlight(), "a refused batch takes no place");
        // The document's 503 example of each batch operation is this answer (issue 28 item 2).
        Map<String, String> operations = Map.of(DEFICITS, "estimateDeficitBatch", DRINKS, "checkDrinkAdequacyBatch",
                CAPSULES, "compareWithCapsuleLimitBatch");
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, String> operation : operations.entrySet()) {
            String answer = given().header("X-Request-Id", "example-request").contentType("application/json")
                    .body("{\"items\": [" + RUN + "]}").when().post(operation.getKey()).then().statusCode(503)
                    .extract().asString().replaceAll("\"type\":\"https?://[^/\"]+/problems/",
                            "\"type\":\"https://replenish.example/problems/");
            assertEquals(mapper.readTree(Path.of("src/main/resources/openapi-examples",
                    operation.getValue() + ".503.response.json").toFile()), mapper.readTree(answer), operation.getValue());
        }
    }

    @Test
    void theProblemTypeHasItsPage() {
        given().when().get("/problems/too-many-batches").then().statusCode(200)
                .body("type", equalTo("too-many-batches"))
                .body("status", equalTo(503))
                .body("title", equalTo("Too many batch requests in flight"))
                .body("description", containsString("Retry-After"));
    }

    /** Only the request head is sent: the 503 comes back although not one byte of the declared body arrived. */
    @Test
    void theRefusalDoesNotWaitForTheBody() throws IOException {
        exhaustTheLimit();
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            RawHttp.Response response = http.exchange(RawHttp.request("POST", DEFICITS,
                    Map.of("Content-Type", "application/json", "Content-Length", "400000"), null, false));
            assertEquals(503, response.status());
            assertEquals("application/problem+json", response.header("content-type"));
            assertEquals("1", response.header("retry-after"));
            assertEquals(503, JsonPath.from(response.bodyText()).getInt("status"));
        }
    }

    @Test
    void singleOperationsAreAnsweredWhileTheLimitIsReached() throws IOException {
        exhaustTheLimit();
        post("/v1/deficit-estimates", RUN).statusCode(200);
        given().when().get("/v1/minerals").then().statusCode(200);
        // A batch path with another method is not a batch request either: its 405 is not a 503.
        given().when().get(DEFICITS).then().statusCode(405);
    }

    /**
     * Every way a batch ends gives its place back: a 200, a 200 with a failed item, a 400 for the whole batch
     * (malformed, no items), a 413, a client gone while sending the body, and one gone before reading the answer.
     * The count is seen above 0 while a batch is held, so the final 0 is not vacuous.
     */
    @Test
    void theCountReturnsToZeroHoweverBatchesEnd() throws IOException {
        post(DEFICITS, BATCH_OF_100).statusCode(200).body("answered", equalTo(100));
        post(DRINKS, "{\"items\": [{\"drink\": 5}]}").statusCode(200).body("failed", equalTo(1));
        post(CAPSULES, "{\"items\": []}").statusCode(400);
        post(DEFICITS, "{\"items\": [").statusCode(400);
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            assertEquals(413, http.exchange(RawHttp.request("POST", DEFICITS,
                    Map.of("Content-Type", "application/json", "Content-Length", "9000000"), null, false)).status());
        }
        awaitInFlight(count -> count == 0, "answered batches released");

        Socket sending = holdBatch(DRINKS);
        awaitInFlight(count -> count == 1, "a batch whose body is still arriving is in flight");
        sending.setSoLinger(true, 0); // a reset, as a client killed mid-request
        sending.close();
        awaitInFlight(count -> count == 0, "a batch whose client went away while sending is released");

        // Clients that send a whole batch and leave once it is admitted, before reading its answer (1.1 MB, more than
        // the socket buffers hold, so the answer cannot have been written yet). Each waits for its admission first:
        // a connection closed before the service reads its head may never be admitted, which would test nothing.
        for (int i = 0; i < 3; i++) {
            long admittedBefore = handler.admitted();
            try (Socket gone = new Socket()) {
                gone.connect(new InetSocketAddress("localhost", RestAssured.port), 5000);
                byte[] body = BATCH_OF_100.getBytes(StandardCharsets.UTF_8);
                gone.getOutputStream().write(
                        RawHttp.request("POST", DEFICITS, Map.of("Content-Type", "application/json"), body, false));
                gone.getOutputStream().flush();
                awaitInFlight(count -> handler.admitted() == admittedBefore + 1, "a whole batch admitted");
            } // closed with its answer unread
        }
        awaitInFlight(count -> count == 0, "batches whose clients left before reading the answer are released");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> gauge = metrics.lines().filter(line -> line.startsWith("replenish_batch_in_flight")).toList();
        assertEquals(List.of("replenish_batch_in_flight 0.0"), gauge, "the gauge reads 0");
    }
}
