package org.replenish.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.replenish.HttpTest;

/** Shows that the response check of the HTTP tests catches a document that no longer declares a field sent. */
class ResponseValidationTest {

    private static final Path DOCUMENT = Path.of("openapi/openapi.yaml");
    private static final Path EXAMPLE = Path.of("src/main/resources/openapi-examples/getCapsuleLimit.response.json");

    private static ValidationReport validate(Path document) throws IOException {
        OpenApiInteractionValidator validator = HttpTest.responseValidator(document.toUri().toString());
        SimpleResponse response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody(Files.readString(EXAMPLE))
                .build();
        return validator.validateResponse("/v1/potassium/capsule-limit", Request.Method.GET, response);
    }

    @Test
    void theStoredDocumentAcceptsTheRealResponse() throws IOException {
        ValidationReport report = validate(DOCUMENT);
        assertFalse(report.hasErrors(), report.toString());
    }

    @Test
    void aDocumentMissingAFieldRejectsIt(@TempDir Path folder) throws IOException {
        // Remove the 'basis' property of CapsuleLimit (and its required entry): the service still sends it.
        String broken = Files.readString(DOCUMENT)
                .replaceFirst("(?s)(    CapsuleLimit:.*?)        basis:\\n          description: [^\\n]*\\n          type: string\\n", "$1")
                .replaceFirst("(?s)(    CapsuleLimit:.*?)      - basis\\n", "$1");
        Path document = folder.resolve("openapi.yaml");
        Files.writeString(document, broken);
        ValidationReport report = validate(document);
        assertTrue(report.hasErrors(), "an undeclared field must fail");
        assertTrue(report.toString().contains("basis"), report.toString());
    }
}
