package org.replenish.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.UncheckedIOException;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Clients generated from the last released document must keep working: a breaking change (a removed path, operation,
 * field or enum value, a newly required field) fails unless the major version in info.version went up. After a
 * release, copy openapi/openapi.yaml to openapi/released/openapi.yaml.
 */
class OpenApiCompatibilityTest {

    private static final Path RELEASED = Path.of("openapi/released/openapi.yaml");
    private static final Path CURRENT = Path.of("openapi/openapi.yaml");

    static ChangedOpenApi compare(String released, String current) {
        return OpenApiCompare.fromContents(withBareRefs(released), withBareRefs(current));
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * A property's allOf holding a single $ref (there only to carry the property's description, which OpenAPI 3.0
     * drops beside a bare $ref) is the referenced schema to every client generator; openapi-diff would count the
     * wrapping as a changed type, so both documents are compared with bare references.
     */
    static String withBareRefs(String document) {
        try {
            JsonNode tree = YAML.readTree(document);
            unwrap(tree);
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unwrap(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode allOf = object.get("allOf");
            if (allOf != null && allOf.size() == 1 && allOf.get(0).has("$ref")) {
                String ref = allOf.get(0).get("$ref").asText();
                object.removeAll();
                object.put("$ref", ref);
                return;
            }
        }
        node.forEach(OpenApiCompatibilityTest::unwrap);
    }

    static int majorVersion(String document) {
        String version = document.lines().filter(l -> l.startsWith("  version: ")).findFirst().orElseThrow()
                .substring("  version: ".length()).replace("\"", "").trim();
        return Integer.parseInt(version.split("\\.")[0]);
    }

    @Test
    void currentDocumentIsCompatibleWithTheReleasedOneOrBumpsTheMajorVersion() throws IOException {
        String released = Files.readString(RELEASED);
        String current = Files.readString(CURRENT);
        ChangedOpenApi diff = compare(released, current);
        if (diff.isIncompatible() && majorVersion(current) <= majorVersion(released)) {
            ByteArrayOutputStream changes = new ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(changes, StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, writer);
            }
            throw new AssertionError("Breaking change against " + RELEASED + " without a new major version in "
                    + "info.version:\n" + changes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void removingAnOperationIsCaught() throws IOException {
        String released = Files.readString(RELEASED);
        String withoutConversions = released.replaceFirst("(?s)  /v1/conversions:\\n.*?(?=\\n  /v1/)", "");
        assertTrue(compare(released, withoutConversions).isIncompatible());
    }

    @Test
    void removingAnEnumValueIsCaught() throws IOException {
        String released = Files.readString(RELEASED);
        String withoutGummy = released.replaceFirst("\\n      - GUMMY", "");
        assertTrue(compare(released, withoutGummy).isIncompatible());
    }

    @Test
    void anUnchangedDocumentIsCompatible() throws IOException {
        String released = Files.readString(RELEASED);
        assertFalse(compare(released, released).isIncompatible());
    }
}
