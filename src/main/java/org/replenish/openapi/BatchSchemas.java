package org.replenish.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives each batch operation's item a named schema. SmallRye names a bound generic response (BatchResponse of
 * DeficitEstimate becomes BatchResponseDeficitEstimate) but inlines the generic item inside its list, which client
 * generators turn into anonymous "ItemsInner" types, and it also emits the unbound BatchResponse and BatchItem that no
 * operation uses. This moves each inline item to BatchItem plus the result's name and drops the unbound two.
 */
final class BatchSchemas {

    private static final String RESPONSE = "BatchResponse";
    private static final String ITEM = "BatchItem";

    private BatchSchemas() {
    }

    static void nameItems(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        components.removeSchema(RESPONSE);
        components.removeSchema(ITEM);
        // Rebuilt in order, each item schema just before its response, so the stored document reads in name order.
        Map<String, Schema> ordered = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (name.startsWith(RESPONSE)) {
                String itemName = ITEM + name.substring(RESPONSE.length());
                Schema list = schema.getProperties().get("items");
                ordered.put(itemName, list.getItems());
                list.setItems(OASFactory.createSchema().ref("#/components/schemas/" + itemName));
            }
            ordered.put(name, schema);
        });
        components.setSchemas(ordered);
    }
}
