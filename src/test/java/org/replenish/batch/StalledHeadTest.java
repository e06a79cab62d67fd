package org.replenish.batch;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replenish.batch.BatchResourceTest.DEFICITS;
import static org.replenish.batch.BatchResourceTest.RUN;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/**
 * Issue 32 item 6, the stalled head: a client that sends part of a batch request's head and then nothing holds no
 * batch slot (a slot is taken only once a head is complete), so other batches are answered meanwhile, and the
 * connection is closed by the idle timeout, without an answer, since no request exists yet. The idle timeout is 2 s
 * here (75 s by default, Quarkus' own default is 30 minutes); the socket's 20 s read timeout makes a connection that
 * is never closed fail the test rather than hang it.
 */
@QuarkusTest
@TestProfile(StalledHeadTest.ShortIdleTimeout.class)
class StalledHeadTest extends HttpTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Inject
    BatchLimitHandler handler;

    @Test
    void aStalledHeadHoldsNoSlotAndItsConnectionIsClosed() throws IOException {
        try (Socket stalled = new Socket(); Socket alsoStalled = new Socket()) {
            for (Socket socket : new Socket[] {stalled, alsoStalled}) { // as many as there are batch slots
                socket.connect(new InetSocketAddress("localhost", RestAssured.port), 5000);
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write(("POST " + DEFICITS + " HTTP/1.1\r\nHost: localhost\r\nContent-Ty")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }

            given().contentType("application/json").body("{\"items\": [" + RUN + "]}").when().post(DEFICITS)
                    .then().statusCode(200);
            assertEquals(0, handler.inFlight(), "no slot is held by a head that has not arrived");

            for (Socket socket : new Socket[] {stalled, alsoStalled}) {
                byte[] answer = socket.getInputStream().readAllBytes(); // returns once the service closes
                assertEquals("", new String(answer, StandardCharsets.ISO_8859_1),
                        "a head that never completed is closed without an answer");
            }
        }
    }
}
