package org.replenish.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 2: the stored document explains every property itself. A property that references a schema keeps
 * its own description beside an allOf holding the single $ref, since OpenAPI 3.0 ignores siblings of a bare $ref;
 * and nothing sends the reader to the README or a docs page.
 */
class DocumentDescriptionsTest {

    private static final JsonNode DOCUMENT = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPropertyHasItsOwnDescription() {
        List<String> bare = new ArrayList<>();
        DOCUMENT.path("components").path("schemas").fields().forEachRemaining(schema ->
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    JsonNode value = property.getValue();
                    boolean described = value.path("description").asText().length() > 3;
                    boolean bareRef = value.has("$ref");
                    if (!described || bareRef) {
                        bare.add(schema.getKey() + "." + property.getKey());
                    }
                }));
        assertEquals(List.of(), bare, "properties without their own description (or a $ref whose siblings 3.0 drops)");
    }

    @Test
    void noDescriptionPointsToTheReadme() {
        List<String> pointers = new ArrayList<>();
        collect(DOCUMENT, "", pointers);
        assertEquals(List.of(), pointers);
    }

    @Test
    void theDefaultsThatSurprisedIntegratorsAreStated() {
        JsonNode schemas = DOCUMENT.path("components").path("schemas");
        assertContains(schemas.path("CapsuleComparisonRequest").path("properties").path("basis"), "NASEM_DRI");
        assertContains(schemas.path("CapsuleComparisonRequest").path("properties").path("basis"), "when absent");
        assertContains(schemas.path("DrinkCheckRequest").path("properties").path("basis"), "Without a person");
        assertContains(schemas.path("PersonProfile").path("properties").path("bodyMass"), "plausibility");
    }

    private static void assertContains(JsonNode property, String text) {
        String description = property.path("description").asText();
        assertEquals(true, description.contains(text), description + " should state " + text);
    }

    private static void collect(JsonNode node, String path, List<String> pointers) {
        if (node.isTextual() && path.endsWith("description") && (node.asText().contains("README") || node.asText().contains("docs/"))) {
            pointers.add(path);
        }
        node.fields().forEachRemaining(child -> collect(child.getValue(), path + "/" + child.getKey(), pointers));
        if (node.isArray()) {
            node.forEach(child -> collect(child, path + "[]", pointers));
        }
    }
}
