package org.replenish.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a valid body the way an attacker or a careless client would: on the tree (drop, retype, extreme and
 * subnormal numbers, numbers in quotes, odd text, unknown keys, arrays up to and past their limits, deep nesting),
 * on the text (raw non-JSON number tokens, duplicate keys, trailing content, truncation, invalid UTF-8) and in the
 * framing (content type, Accept, chunked transfer).
 */
final class Mutator {

    /** What one case sends. */
    record Mutated(byte[] body, String contentType, String accept, boolean chunked, List<String> applied) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper ASCII = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    /** Replaced in the text after writing, for what a tree cannot hold. */
    private static final String RAW = "__raw__";
    private static final String DUPLICATE = "__duplicate__";
    private static final Pattern RAW_NODE = Pattern.compile("\"" + RAW + "((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=UTF-16",
            "application/json; charset=ISO-8859-1", "application/json;charset=utf-8", "APPLICATION/JSON", "application/*",
            "application/problem+json", "", "application/json; charset=nonsense", "image/png");
    private static final List<String> ACCEPTS = List.of("text/csv", "application/xml", "application/json;q=0",
            "*/*", "application/*", "application/problem+json", "text/html, */*;q=0.1", "nonsense");
    private static final List<String> TRAILERS = List.of(" {}", "]", "garbage", "\u0000", "  \n\t ", ",", "{\"a\":1}");
    private static final int[] NESTING = {64, 999, 1001, 5000};
    private static final int[] ARRAY_LENGTHS = {20, 21, 100, 600};

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    Mutator(Random random) {
        this.random = random;
    }

    /** Applies zero to three mutations. */
    Mutated mutate(JsonNode valid) {
        JsonNode tree = valid.deepCopy();
        String contentType = "application/json";
        String accept = null;
        boolean chunked = false;
        int treeMutations = random.nextInt(4);
        for (int i = 0; i < treeMutations; i++) {
            tree = mutateTree(tree);
        }
        byte[] body = write(tree);
        if (random.nextInt(5) == 0) {
            body = mutateBytes(body);
        }
        if (random.nextInt(12) == 0) {
            contentType = Values.pick(CONTENT_TYPES, random);
            applied.add("content-type " + contentType);
        }
        if (random.nextInt(15) == 0) {
            accept = Values.pick(ACCEPTS, random);
            applied.add("accept " + accept);
        }
        if (random.nextInt(10) == 0) {
            chunked = true;
            applied.add("chunked");
        }
        return new Mutated(body, contentType, accept, chunked, List.copyOf(applied));
    }

    private JsonNode mutateTree(JsonNode tree) {
        List<Location> locations = new ArrayList<>();
        collect(tree, locations);
        if (locations.isEmpty()) {
            applied.add("root retyped");
            return retyped(tree);
        }
        Location at = locations.get(random.nextInt(locations.size()));
        JsonNode current = at.get();
        switch (random.nextInt(10)) {
            case 0 -> {
                at.remove();
                applied.add("drop " + at);
            }
            case 1 -> {
                at.set(retyped(current));
                applied.add("retype " + at);
            }
            case 2 -> {
                at.set(NODES.textNode(RAW + Values.pick(Values.NUMBERS, random)));
                applied.add("number " + at);
            }
            case 3 -> {
                at.set(NODES.textNode(RAW + Values.pick(Values.QUOTED_NUMBERS, random)));
                applied.add("quoted number " + at);
            }
            case 4 -> {
                at.set(NODES.textNode(RAW + Values.pick(Values.BAD_NUMBER_TOKENS, random)));
                applied.add("bad number token " + at);
            }
            case 5 -> {
                at.set(NODES.textNode(Values.pick(Values.STRINGS, random)));
                applied.add("text " + at);
            }
            case 6 -> {
                ObjectNode object = nearestObject(tree, at);
                object.set(random.nextBoolean() ? "unknownField" : Values.pick(Values.STRINGS, random), retyped(current));
                applied.add("unknown key");
            }
            case 7 -> {
                at.set(repeated(current));
                applied.add("repeat " + at);
            }
            case 8 -> {
                int depth = NESTING[random.nextInt(NESTING.length)];
                at.set(NODES.textNode(RAW + nested(depth)));
                applied.add("nesting " + depth + " " + at);
            }
            default -> {
                ObjectNode object = nearestObject(tree, at);
                if (object.size() > 0) {
                    object.set(DUPLICATE, NODES.numberNode(1));
                    applied.add("duplicate key");
                }
            }
        }
        return tree;
    }

    private JsonNode retyped(JsonNode node) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.textNode("x");
            case 1 -> NODES.numberNode(random.nextInt(100));
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.nullNode();
            case 4 -> NODES.arrayNode().add(node.deepCopy());
            default -> NODES.objectNode().set("value", node.deepCopy());
        };
    }

    private JsonNode repeated(JsonNode node) {
        ArrayNode array = NODES.arrayNode();
        JsonNode element = node.isArray() && node.size() > 0 ? node.get(0) : node;
        for (int i = ARRAY_LENGTHS[random.nextInt(ARRAY_LENGTHS.length)]; i > 0; i--) {
            array.add(element.deepCopy());
        }
        return array;
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    private ObjectNode nearestObject(JsonNode tree, Location at) {
        return at.parent instanceof ObjectNode object ? object : tree.isObject() ? (ObjectNode) tree : NODES.objectNode();
    }

    private byte[] write(JsonNode tree) {
        String text;
        try {
            text = (random.nextInt(4) == 0 ? ASCII : PLAIN).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            try {
                text = ASCII.writeValueAsString(tree);
            } catch (JsonProcessingException again) {
                throw new IllegalStateException(again);
            }
        }
        text = unquoteRaw(text);
        int duplicate = text.indexOf("\"" + DUPLICATE + "\":1");
        if (duplicate >= 0) {
            text = duplicateKey(text, duplicate);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the marked text nodes as raw tokens: "__raw__1e400" becomes 1e400, a marked quoted "NaN" stays quoted. */
    private static String unquoteRaw(String text) {
        Matcher raw = RAW_NODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (raw.find()) {
            raw.appendReplacement(out, Matcher.quoteReplacement(raw.group(1).replace("\\\"", "\"")));
        }
        raw.appendTail(out);
        return out.toString();
    }

    /** Replaces the marker with a repeat of the first key of the same object. */
    private static String duplicateKey(String text, int marker) {
        int open = text.lastIndexOf('{', marker);
        int keyEnd = text.indexOf("\":", open);
        String key = open >= 0 && keyEnd > open ? text.substring(open + 1, keyEnd + 1) : "\"x\"";
        return text.substring(0, marker) + key + ":1" + text.substring(marker + DUPLICATE.length() + 4);
    }

    private byte[] mutateBytes(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(4)) {
            case 0 -> {
                int cut = body.length == 0 ? 0 : random.nextInt(body.length);
                out.write(body, 0, cut);
                applied.add("truncate at " + cut);
            }
            case 1 -> {
                int at = random.nextInt(body.length + 1);
                byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                out.write(body, 0, at);
                out.writeBytes(invalid[random.nextInt(invalid.length)]);
                out.write(body, at, body.length - at);
                applied.add("invalid UTF-8 at " + at);
            }
            case 2 -> {
                out.writeBytes(body);
                out.writeBytes(Values.pick(TRAILERS, random).getBytes(StandardCharsets.UTF_8));
                applied.add("trailing content");
            }
            default -> {
                String[] whole = {"", "null", "[]", "\"x\"", "0", "{", "}", "{\"\":}", "\uFEFF{}"};
                out.writeBytes(whole[random.nextInt(whole.length)].getBytes(StandardCharsets.UTF_8));
                applied.add("whole body replaced");
            }
        }
        return out.toByteArray();
    }

    /** A place in the tree: a field of an object or an element of an array. */
    private record Location(ContainerNode<?> parent, String field, int index) {

        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        @Override
        public String toString() {
            return field != null ? field : "[" + index + "]";
        }
    }

    private static void collect(JsonNode node, List<Location> locations) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                locations.add(new Location(object, name, -1));
                collect(object.get(name), locations);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                locations.add(new Location(array, null, i));
                collect(array.get(i), locations);
            }
        }
    }
}
