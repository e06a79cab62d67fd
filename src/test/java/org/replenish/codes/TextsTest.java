package org.replenish.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replenish.units.Mineral;

/** The catalogue is complete in every language, and messages render from their parameters. */
class TextsTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/codes/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> safetyRuleCodesWithEnglishText() throws IOException {
        Set<String> codes = new HashSet<>();
        try (InputStream in = TextsTest.class.getResourceAsStream("/reference/safety-rules.json")) {
            for (JsonNode rule : new ObjectMapper().readTree(in)) {
                if (!rule.path("message").asText().isBlank()) {
                    codes.add(rule.path("code").asText());
                }
            }
        }
        return codes;
    }

    @Test
    void everyCodeHasADescriptionAndAnEnglishText() throws IOException {
        Properties english = bundle("messages");
        Set<String> safetyTexts = safetyRuleCodesWithEnglishText();
        for (CodeSet set : CodeSet.values()) {
            assertFalse(set.codes().isEmpty(), set.name());
            for (Code code : set.codes()) {
                String key = set.name() + "." + code.name();
                assertNotNull(english.getProperty(key + ".description"), key + " has no description");
                assertTrue(set == CodeSet.SAFETY_FLAG ? safetyTexts.contains(code.name()) : english.containsKey(key),
                        key + " has no English text");
            }
        }
    }

    @Test
    void numbersAndListsRenderAsWrittenAndTravelAsPlainText() {
        // 1523.46 mL drunk rounds to 1523.5 for the message; 1200 mL of sweat prints without ".0".
        Message message = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5, "sweatMl", 1200.0);
        assertEquals("The 1523.5 mL drunk is more than the session's expected sweat loss of 1200 mL. Drinking more "
                + "than is sweated can dilute blood sodium (exercise-associated hyponatremia), sports drinks included.",
                Texts.ENGLISH.text(message));
        assertEquals(Map.of("consumedMl", "1523.5", "sweatMl", "1200"), Texts.wireParameters(message));

        Message minerals = Message.of(AssumptionCode.DIETARY_INTAKE_UNKNOWN, "minerals",
                List.of(Mineral.SODIUM, Mineral.CHLORIDE));
        assertTrue(Texts.ENGLISH.text(minerals).startsWith("No usual dietary intake was given for sodium, chloride:"));
        assertEquals(Map.of("minerals", "SODIUM,CHLORIDE"), Texts.wireParameters(minerals));
    }

    @Test
    void theParametersOfACodeAreThePlaceholdersOfItsEnglishText() {
        assertEquals(List.of("consumedMl", "magnesiumMg", "limitMg", "sourceId"),
                List.copyOf(Texts.parameterNames(DrinkWarningCode.MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT)));
        assertEquals(List.of(), List.copyOf(Texts.parameterNames(AssumptionCode.ONE_SERVING_CONSUMED)));
    }
}
