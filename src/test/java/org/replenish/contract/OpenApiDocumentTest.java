package org.replenish.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** The stored document is what clients generate from: it must be exactly what the service serves. */
@QuarkusTest
class OpenApiDocumentTest extends HttpTest {

    private static final String REWRITE = "The stored OpenAPI document in openapi/ differs from the served one. "
            + "Rewrite it with: ./mvnw package -DskipTests   (then review and commit openapi/)";

    /** Compares, and leaves the served copy in target/ so the difference can be read with diff. */
    private static void assertStoredEquals(String file, String served) throws IOException {
        Path servedCopy = Path.of("target", "served-" + file);
        Files.writeString(servedCopy, served);
        assertEquals(Files.readString(Path.of("openapi", file)).strip(), served.strip(),
                REWRITE + " Served copy: " + servedCopy);
    }

    @Test
    void servedYamlEqualsStoredYaml() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertStoredEquals("openapi.yaml", served);
    }

    @Test
    void documentVersionIsTheReleaseVersion() {
        // One version for the jar (pom.xml, quarkus.application.version) and the contract (info.version).
        String documentVersion = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().path("info.version");
        assertEquals(ConfigProvider.getConfig().getValue("quarkus.application.version", String.class), documentVersion,
                "pom.xml's version and the document's info.version must agree");
    }

    @Test
    void servedJsonEqualsStoredJson() throws IOException {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertStoredEquals("openapi.json", served);
    }
}
