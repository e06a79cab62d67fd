package org.replenish.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.replenish.batch.BatchItemRef;

/**
 * Gives each batch operation's item a named schema. SmallRye names a bound generic response (BatchResponse of
 * DeficitEstimate becomes BatchResponseDeficitEstimate) but inlines the generic item inside its list, which client
 * generators turn into anonymous "ItemsInner" types, and it also emits the unbound BatchResponse and BatchItem that no
 * operation uses. This moves each inline item to BatchItem plus the result's name and drops the unbound two.
 */
final class BatchSchemas {

    private static final String RESPONSE = "BatchResponse";
    private static final String BATCH_REQUEST = "BatchRequest";
    private static final String IN_BATCH = "InBatch";
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
        addClientRefs(components);
    }

    /**
     * Each batch request's items are its single request plus clientRef (issue 28 item 4): a schema of their own,
     * e.g. DeficitEstimateRequestInBatch, with the single request's properties (copied, not composed with allOf,
     * so every generator reads one plain type) and clientRef.
     */
    private static void addClientRefs(Components components) {
        Map<String, Schema> ordered = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            ordered.put(name, schema);
            if (name.endsWith(BATCH_REQUEST) && !name.equals(BATCH_REQUEST)) {
                Schema list = schema.getProperties().get("items");
                String single = list.getItems().getRef().substring(list.getItems().getRef().lastIndexOf('/') + 1);
                Schema request = components.getSchemas().get(single);
                Map<String, Schema> properties = new LinkedHashMap<>(request.getProperties());
                properties.put(BatchItemRef.FIELD, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .minLength(1).maxLength(BatchItemRef.MAX_LENGTH).description(BatchItemRef.DESCRIPTION));
                ordered.put(single + IN_BATCH, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description(request.getDescription() + " In a batch, with the client's own reference.")
                        .required(request.getRequired()).properties(properties));
                list.setItems(OASFactory.createSchema().ref("#/components/schemas/" + single + IN_BATCH));
            }
        });
        components.setSchemas(ordered);
    }
}
