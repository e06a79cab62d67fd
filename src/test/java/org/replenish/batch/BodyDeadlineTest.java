package org.replenish.batch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.replenish.batch.BatchResourceTest.DEFICITS;
import static org.replenish.batch.BatchResourceTest.RUN;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.http.RawHttp;

/**
 * Issue 32 items 1 and 6: a client that promises a batch body and trickles it cannot hold a batch slot past the body
 * deadline; it is answered with a 408 problem, its connection is closed and the slot is given back, and the next
 * batch is answered. The deadline is 2 s here (15 s by default) so the test does not wait long.
 */
@QuarkusTest
@TestProfile(BodyDeadlineTest.ShortDeadline.class)
class BodyDeadlineTest extends HttpTest {

    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("replenish.http.body-deadline", "2s");
        }
    }

    @Inject
    BatchLimitHandler handler;

    @Test
    void aTrickledBatchBodyIsAnswered408AndItsSlotGivenBack() throws IOException {
        String body = "{\"items\": [" + RUN + "]}";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5000);
            socket.setSoTimeout(30_000); // only keeps a broken build from hanging: no timing is asserted
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.request("POST", DEFICITS, Map.of("Content-Type", "application/json",
                    "Content-Length", Integer.toString(body.length() + 60_000)), null, false));
            out.write(body.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readToEnd(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("/problems/request-timeout"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        }
        long giveUp = System.nanoTime() + 30_000_000_000L;
        while (handler.inFlight() != 0) {
            if (System.nanoTime() > giveUp) {
                fail("the trickled batch still holds a slot");
            }
            Thread.onSpinWait();
        }
        given().contentType("application/json").body("{\"items\": [" + RUN + "]}").when().post(DEFICITS)
                .then().statusCode(200);
        assertEquals(0, handler.inFlight());
    }

    @Test
    void aBodyThatArrivesInTimeIsAnswered() {
        given().contentType("application/json").body(RUN).when().post("/v1/deficit-estimates").then().statusCode(200);
    }

    /** Everything the service writes until it closes the connection. */
    private static String readToEnd(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
