package org.replenish.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;
import org.replenish.http.RawHttp;

/**
 * Issue 32 item 3: what Vert.x's HTTP/1.x codec answers before any handler exists, kept as documented behaviour rather
 * than problems. Vert.x 4.5.27 decides in Http1xServerConnection.handleMessage (a failed decoder result goes to the
 * server's invalid-request handler, by default an empty 400, 414 or 431, then the connection closes), and a bad chunk
 * size fails the connection (handleError) without an answer; Quarkus 3.33.2 creates the server in
 * VertxHttpRecorder.WebDeploymentVerticle.start without setting HttpServer#invalidRequestHandler and offers no hook
 * for it (docs/reliability.md, "Codec-level faults"). The ingress in k8s/base rejects these before a pod sees them.
 */
@QuarkusTest
class CodecLevelFaultsTest extends HttpTest {

    private static RawHttp.Response raw(String request) throws IOException {
        try (RawHttp http = new RawHttp("localhost", RestAssured.port)) {
            return http.exchange(request.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void assertEmpty400(RawHttp.Response response) {
        assertEquals(400, response.status());
        assertEquals(0, response.body().length, "Vert.x's default answer has no body");
    }

    @Test
    void aRequestLineThatIsNotHttpGetsAnEmpty400() throws IOException {
        assertEmpty400(raw("NOT AN HTTP REQUEST\r\n\r\n"));
    }

    @Test
    void aHeaderWithoutAColonGetsAnEmpty400() throws IOException {
        assertEmpty400(raw("GET /v1/minerals HTTP/1.1\r\nHost: localhost\r\nNoColonHere\r\n\r\n"));
    }

    @Test
    void aContentLengthThatIsNotANumberGetsAnEmpty400() throws IOException {
        assertEmpty400(raw("POST /v1/deficit-estimates HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: abc\r\n\r\n{}"));
    }

    @Test
    void aBadChunkSizeClosesTheConnectionWithoutAnAnswer() {
        assertThrows(IOException.class, () -> raw("POST /v1/deficit-estimates HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
    }
}
