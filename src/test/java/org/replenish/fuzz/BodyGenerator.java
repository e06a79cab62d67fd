package org.replenish.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds request bodies that follow the stored document's schema: required fields always, optional ones by chance,
 * enum values from the document, numbers inside the declared range or from a list of everyday amounts. Most are
 * valid, so the 200 side of the contract is exercised too.
 */
final class BodyGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double[] EVERYDAY = {0, 0.5, 1, 1.2, 2, 5, 10, 20, 30, 36, 60, 70, 75, 90, 120, 250, 270, 300,
        500, 595, 1000, 1500, 2500, 3200, 4700};
    /** Deep enough for every schema here; guards against a recursive schema. */
    private static final int MAX_DEPTH = 8;

    private final Contract contract;

    BodyGenerator(Contract contract) {
        this.contract = contract;
    }

    JsonNode generate(Schema<?> schema, Random random) {
        return generate(schema, random, 0);
    }

    @SuppressWarnings("rawtypes")
    private JsonNode generate(Schema<?> declared, Random random, int depth) {
        Schema<?> schema = contract.resolve(declared);
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return NODES.textNode(String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size()))));
        }
        String type = schema.getType() == null ? "object" : schema.getType();
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Map<String, Schema> properties = schema.getProperties();
                if (properties == null || depth > MAX_DEPTH) {
                    return object;
                }
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                properties.forEach((name, property) -> {
                    if (required.contains(name) || random.nextInt(3) == 0) {
                        object.set(name, generate(property, random, depth + 1));
                    }
                });
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int max = schema.getMaxItems() == null ? 3 : Math.min(3, schema.getMaxItems());
                for (int i = random.nextInt(max + 1); i > 0; i--) {
                    array.add(generate(schema.getItems(), random, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                int min = schema.getMinimum() == null ? 0 : schema.getMinimum().intValue();
                int max = schema.getMaximum() == null ? min + 10 : schema.getMaximum().intValue();
                return NODES.numberNode(min + random.nextInt(max - min + 1));
            }
            case "number" -> {
                return NODES.numberNode(number(schema.getMinimum(), schema.getMaximum(), random));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(random.nextBoolean() ? "Fuzz drink" : Values.pick(Values.STRINGS, random));
            }
        }
    }

    private static double number(BigDecimal minimum, BigDecimal maximum, Random random) {
        if (minimum != null && maximum != null && random.nextBoolean()) {
            double min = minimum.doubleValue();
            double max = maximum.doubleValue();
            return Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
        }
        return EVERYDAY[random.nextInt(EVERYDAY.length)];
    }
}
