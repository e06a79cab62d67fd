package org.replenish.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * field or enum value, a newly required field, or a code removed from an open set's x-extensible-enum list) fails
 * unless the major version in info.version went up. After a
 * release, copy openapi/openapi.yaml to openapi/released/openapi.yaml.
 */
class OpenApiCompatibilityTest {

    private static final Path RELEASED = Path.of("openapi/released/openapi.yaml");
    private static final Path CURRENT = Path.of("openapi/openapi.yaml");
    private static final String EXTENSIBLE_ENUM = "x-extensible-enum";

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

    /**
     * The listed codes of open sets that the current document no longer lists, as "Schema.property: CODE". openapi-diff
     * does not read x-extensible-enum, so this compares the lists itself.
     */
    static List<String> removedCodes(String released, String current) throws IOException {
        Map<String, Set<String>> before = listedCodes(released);
        Map<String, Set<String>> after = listedCodes(current);
        List<String> removed = new ArrayList<>();
        before.forEach((property, codes) -> codes.stream()
                .filter(code -> !after.getOrDefault(property, Set.of()).contains(code))
                .forEach(code -> removed.add(property + ": " + code)));
        return removed;
    }

    private static Map<String, Set<String>> listedCodes(String document) throws IOException {
        Map<String, Set<String>> listed = new TreeMap<>();
        JsonNode schemas = Yaml.mapper().readTree(document).path("components").path("schemas");
        schemas.fields().forEachRemaining(schema -> schema.getValue().path("properties").fields()
                .forEachRemaining(property -> {
                    JsonNode codes = property.getValue().path(EXTENSIBLE_ENUM);
                    if (codes.isArray()) {
                        Set<String> values = new TreeSet<>();
                        codes.forEach(code -> values.add(code.asText()));
                        listed.put(schema.getKey() + "." + property.getKey(), values);
                    }
                }));
        return listed;
    }

    @Test
    void currentDocumentIsCompatibleWithTheReleasedOneOrBumpsTheMajorVersion() throws IOException {
        String released = Files.readString(RELEASED);
        String current = Files.readString(CURRENT);
        ChangedOpenApi diff = compare(released, current);
        List<String> removedCodes = removedCodes(released, current);
        if ((diff.isIncompatible() || !removedCodes.isEmpty()) && majorVersion(current) <= majorVersion(released)) {
            ByteArrayOutputStream changes = new ByteArrayOutputStream();
            try (OutputStreamWriter writer = new OutputStreamWriter(changes, StandardCharsets.UTF_8)) {
                new MarkdownRender().render(diff, writer);
            }
            throw new AssertionError("Breaking change against " + RELEASED + " without a new major version in "
                    + "info.version:\n" + changes.toString(StandardCharsets.UTF_8)
                    + (removedCodes.isEmpty() ? "" : "\nCodes no longer listed: " + removedCodes));
        }
    }

    @Test
    void removingAListedCodeIsCaught() throws IOException {
        String current = Files.readString(CURRENT);
        String withoutOverdrinking = current.replaceFirst("\\n\\s*- OVERDRINKING_RISK", "");
        assertNotEquals(current, withoutOverdrinking, "the document lists OVERDRINKING_RISK");
        assertEquals(List.of("DrinkWarning.code: OVERDRINKING_RISK"), removedCodes(current, withoutOverdrinking));
    }

    @Test
    void addingAListedCodeIsNotBreaking() throws IOException {
        String current = Files.readString(CURRENT);
        String withoutOverdrinking = current.replaceFirst("\\n\\s*- OVERDRINKING_RISK", "");
        assertEquals(List.of(), removedCodes(withoutOverdrinking, current));
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
