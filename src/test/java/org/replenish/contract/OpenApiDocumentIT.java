package org.replenish.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The document checks of OpenApiDocumentTest against the packaged jar: only there is the document prepared on its
 * first request (DeferredOpenApiDocumentService), and the deferred preparation must serve the same bytes.
 */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiDocumentIT extends OpenApiDocumentTest {

    /**
     * Runs first, so these are the document's first requests: each of them, arriving together while the document is
     * being prepared, gets all of it (none the empty document of a preparation still running).
     */
    @Test
    @Order(1)
    void requestsArrivingTogetherFirstEachGetTheWholeDocument() throws IOException {
        String stored = Files.readString(Path.of("openapi", "openapi.json")).strip();
        ExecutorService clients = Executors.newFixedThreadPool(4); // the common pool has one thread on two cores
        try {
            List<CompletableFuture<String>> requests = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().queryParam("format", "json")
                            .when().get("/q/openapi").then().statusCode(200).extract().asString(), clients))
                    .toList();
            for (CompletableFuture<String> served : requests) {
                assertEquals(stored, served.join().strip());
            }
        } finally {
            clients.shutdown();
        }
    }

    @Override
    @Test
    @Disabled("reads quarkus.application.version from the test's own config, which an integration test lacks; "
            + "OpenApiDocumentTest checks it, and the version is not touched by when the document is prepared")
    void documentVersionIsTheReleaseVersion() {
    }
}
