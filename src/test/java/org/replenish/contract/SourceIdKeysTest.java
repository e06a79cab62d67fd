package org.replenish.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 28 item 6: an answer names source ids under one key pattern, so an app finds every citation without a list
 * of names: a single id under a key ending in sourceId (sourceId, levelSourceId, weightSourceId, ...), a list under
 * one ending in sourceIds; no other key holds one. Checked on the stored document's properties and on the message
 * parameters (codes/parameter-types.properties), both ways.
 */
class SourceIdKeysTest {

    private static final Pattern ONE = Pattern.compile("(^s|S)ourceId");
    private static final Pattern LIST = Pattern.compile("(^s|S)ourceIds");
    private static final Pattern DESCRIBED = Pattern.compile("\\bsource ids?\\b");

    @Test
    void documentPropertiesHoldSourceIdsUnderThePatternOnly() throws IOException {
        List<String> wrong = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile()).get("components").get("schemas")
                .properties().forEach(schema -> schema.getValue().path("properties").properties().forEach(property -> {
                    String name = property.getKey();
                    boolean keyed = endsWith(ONE, name) || endsWith(LIST, name);
                    String description = property.getValue().path("description").asText().toLowerCase(Locale.ROOT);
                    // A property that holds ids says so first ("Source id of ..."); one that mentions them in passing
                    // (a message's template) does not.
                    boolean holdsIds = DESCRIBED.matcher(description).lookingAt();
                    if (keyed != holdsIds) {
                        wrong.add(schema.getKey() + "." + name);
                    }
                }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void messageParametersHoldSourceIdsUnderThePatternOnly() throws IOException {
        Properties types = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/codes/parameter-types.properties")) {
            types.load(in);
        }
        List<String> wrong = new ArrayList<>();
        for (String name : types.stringPropertyNames()) {
            String type = types.getProperty(name);
            if (type.equals("SOURCE_ID") != endsWith(ONE, name) || type.equals("SOURCE_ID_LIST") != endsWith(LIST, name)) {
                wrong.add(name + "=" + type);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean endsWith(Pattern pattern, String name) {
        var matcher = pattern.matcher(name);
        while (matcher.find()) {
            if (matcher.end() == name.length()) {
                return true;
            }
        }
        return false;
    }
}
