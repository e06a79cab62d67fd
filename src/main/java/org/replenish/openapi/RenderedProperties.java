package org.replenish.openapi;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.models.Components;
import org.replenish.vocabulary.Rendered;

/**
 * The properties a minimal answer leaves out (x-rendered, issue 28 item 5) are optional in the document and say when
 * they are absent, so one schema serves both answers: generated clients keep one type per answer, with the rendered
 * texts and second units as optional fields.
 */
final class RenderedProperties {

    static final String ABSENT = " Absent from a calculation's answer when the request asked Prefer: return=minimal "
            + "(render it from the codes and parameters beside it, or the mg amount).";

    private RenderedProperties() {
    }

    static void markOptional(Components components) {
        components.getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((name, property) -> {
                if (property.getExtensions() != null && property.getExtensions().containsKey(Rendered.EXTENSION)) {
                    property.setDescription(property.getDescription() + ABSENT);
                    if (schema.getRequired() != null && schema.getRequired().contains(name)) {
                        List<String> required = new ArrayList<>(schema.getRequired());
                        required.remove(name);
                        schema.setRequired(required.isEmpty() ? null : required);
                    }
                }
            });
        });
    }
}
