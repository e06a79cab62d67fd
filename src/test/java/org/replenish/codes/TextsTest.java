package org.replenish.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/** The catalogue is complete in every language, and messages render from their parameters. */
class TextsTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/codes/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The English texts of the safety rules, by code. */
    static Map<String, String> safetyRuleEnglishTexts() throws IOException {
        Map<String, String> texts = new HashMap<>();
        try (InputStream in = TextsTest.class.getResourceAsStream("/reference/safety-rules.json")) {
            for (JsonNode rule : new ObjectMapper().readTree(in)) {
                if (!rule.path("message").asText().isBlank()) {
                    texts.put(rule.path("code").asText(), rule.path("message").asText());
                }
            }
        }
        return texts;
    }

    @Test
    void everyCodeHasADescriptionAndAnEnglishText() throws IOException {
        Properties englishTexts = bundle("messages");
        Set<String> safetyTexts = safetyRuleEnglishTexts().keySet();
        for (CodeSet set : CodeSet.values()) {
            assertFalse(set.codes().isEmpty(), set.name());
            for (Code code : set.codes()) {
                String key = set.name() + "." + code.name();
                assertNotNull(englishTexts.getProperty(key + ".description"), key + " has no description");
                // Safety flags and risk factors take their English from the reference data.
                boolean english = switch (set) {
                    case SAFETY_FLAG -> safetyTexts.contains(code.name());
                    case RISK_FACTOR -> !TestData.DATA.riskFactors().factors()
                            .get(RiskFactor.valueOf(code.name())).explanation().isBlank();
                    default -> englishTexts.containsKey(key);
                };
                assertTrue(english, key + " has no English text");
            }
        }
    }

    @Test
    void everyCodeHasAGermanTextWithNoParameterTheEnglishLacks() throws IOException {
        Properties english = bundle("messages");
        Properties german = bundle("messages_de");
        Map<String, String> safetyTexts = safetyRuleEnglishTexts();
        for (CodeSet set : CodeSet.values()) {
            for (Code code : set.codes()) {
                String key = set.name() + "." + code.name();
                String text = german.getProperty(key);
                assertNotNull(text, key + " has no German text");
                if (set == CodeSet.SAFETY_FLAG) {
                    // The catalogue lists a flag's parameters from its German text, so both must name the same.
                    assertEquals(Texts.placeholders(safetyTexts.get(code.name())), Texts.placeholders(text), key);
                } else {
                    Set<String> allowed = Texts.placeholders(english.getProperty(key, ""));
                    assertTrue(allowed.containsAll(Texts.placeholders(text)),
                            key + ": German uses a parameter the English lacks");
                }
            }
        }
        for (Mineral mineral : Mineral.values()) {
            assertNotNull(german.getProperty("Mineral." + mineral.name()), mineral + " has no German name");
        }
    }

    @Test
    void everyAgeBandAndEveryNameInAGroupHasAGermanName() throws IOException {
        Properties german = bundle("messages_de");
        try (InputStream in = TextsTest.class.getResourceAsStream("/reference/targets.json")) {
            new ObjectMapper().readTree(in).path("bases").fields().forEachRemaining(basis -> {
                for (JsonNode band : basis.getValue().path("ageBands")) {
                    String key = "AgeBand." + basis.getKey() + "." + band.path("id").asText();
                    assertNotNull(german.getProperty(key), key + " has no German label");
                }
            });
        }
        for (Enum<?> name : List.of(Sex.FEMALE, Sex.MALE, LifeStage.PREGNANT, LifeStage.LACTATING)) {
            String key = name.getDeclaringClass().getSimpleName() + "." + name.name();
            assertNotNull(german.getProperty(key), key);
            assertNotNull(bundle("messages").getProperty(key), key);
        }
    }

    @Test
    void germanWritesDecimalCommasAndGermanMineralNames() {
        // Same parameters as the English case below: 1523.5 mL drunk, 1200 mL sweated.
        Message message = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5, "sweatMl", 1200.0);
        assertTrue(Texts.of(Language.DE).text(message).startsWith("Die getrunkenen 1.523,5 mL sind mehr als der erwartete "
                + "Schweißverlust der Trainingseinheit von 1.200 mL."));
        Message minerals = Message.of(AssumptionCode.DIETARY_INTAKE_UNKNOWN, "minerals",
                List.of(Mineral.SODIUM, Mineral.POTASSIUM));
        assertTrue(Texts.of(Language.DE).text(minerals).startsWith("Für Natrium, Kalium wurde keine übliche Zufuhr"));
    }

    @Test
    void acceptLanguagePicksTheFirstLanguageWeWrite() {
        assertEquals(Language.DE, Language.preferred("de-AT,de;q=0.9,en;q=0.8"));
        assertEquals(Language.DE, Language.preferred("fr-CH, fr;q=0.9, de;q=0.7, en;q=0.5"));
        assertEquals(Language.EN, Language.preferred("en-US,de;q=0.5"));
        assertEquals(Language.EN, Language.preferred("de;q=0, fr"));
        assertEquals(Language.EN, Language.preferred("*"));
        assertEquals(Language.EN, Language.preferred(null));
        assertEquals(Language.EN, Language.preferred("not a ;;; header=="));
    }

    @Test
    void numbersAndListsRenderAsWrittenAndTravelAsPlainText() {
        // 1523.46 mL drunk rounds to 1523.5 for the message; 1200 mL of sweat prints without ".0"; thousands grouped.
        Message message = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5, "sweatMl", 1200.0);
        assertEquals("The 1,523.5 mL drunk is more than the session's expected sweat loss of 1,200 mL. Drinking more "
                + "than is sweated can dilute blood sodium (exercise-associated hyponatremia), sports drinks included.",
                Texts.ENGLISH.text(message));
        assertEquals(Map.of("consumedMl", "1523.5", "sweatMl", "1200"), Texts.wireParameters(message));

        Message minerals = Message.of(AssumptionCode.DIETARY_INTAKE_UNKNOWN, "minerals",
                List.of(Mineral.SODIUM, Mineral.CHLORIDE));
        assertTrue(Texts.ENGLISH.text(minerals).startsWith("No usual dietary intake was given for sodium, chloride:"));
        assertEquals(Map.of("minerals", "SODIUM,CHLORIDE"), Texts.wireParameters(minerals));
    }

    /** The English text of OVERDRINKING_RISK for 1523.5 mL drunk and 1200 mL sweated, as the test above gives it. */
    private static final String OVERDRINKING_TEXT = "The 1,523.5 mL drunk is more than the session's expected sweat "
            + "loss of 1,200 mL. Drinking more than is sweated can dilute blood sodium (exercise-associated "
            + "hyponatremia), sports drinks included.";

    @Test
    void aMessageInsideAMessageIsWrittenInPlaceWhileTheOuterIsHalfWritten() {
        // Texts render into one builder per thread: the inner message is written while the outer holds "No usual
        // dietary intake was given for ", and its wire value (English) is rendered from inside the outer's parameters.
        Message inner = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5, "sweatMl", 1200.0);
        Message outer = Message.of(AssumptionCode.DIETARY_INTAKE_UNKNOWN, "minerals", inner);
        assertTrue(Texts.ENGLISH.text(outer).startsWith("No usual dietary intake was given for " + OVERDRINKING_TEXT
                + ": the diet is not judged"), Texts.ENGLISH.text(outer));
        assertEquals(Map.of("minerals", OVERDRINKING_TEXT), Texts.wireParameters(outer));
        assertTrue(Texts.of(Language.DE).text(outer).startsWith("Für Die getrunkenen 1.523,5 mL sind mehr als"),
                Texts.of(Language.DE).text(outer));
    }

    @Test
    void aMessageThatCannotBeWrittenLeavesNothingBehindForTheNext() {
        // Fails after "The 1,523.5 mL drunk is more than the session's expected sweat loss of " is written.
        Message lacking = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5);
        assertThrows(IllegalStateException.class, () -> Texts.ENGLISH.text(lacking));
        Message whole = Message.of(DrinkWarningCode.OVERDRINKING_RISK, "consumedMl", 1523.5, "sweatMl", 1200.0);
        assertEquals(OVERDRINKING_TEXT, Texts.ENGLISH.text(whole));
    }

    @Test
    void theParametersOfACodeAreThePlaceholdersOfItsEnglishText() {
        assertEquals(List.of("consumedMl", "magnesiumMg", "limitMg", "sourceId"),
                List.copyOf(Texts.parameterNames(DrinkWarningCode.MAGNESIUM_ABOVE_SUPPLEMENTAL_UPPER_LIMIT)));
        assertEquals(List.of(), List.copyOf(Texts.parameterNames(AssumptionCode.ONE_SERVING_CONSUMED)));
    }

    @Test
    void aCitedSourceReadsAsItsShortCitationAndTravelsAsItsId() {
        // HIGH_POTASSIUM_DRINK cites the ACSM range: the text names "ACSM 2007", the parameter keeps the id for
        // GET /v1/sources/{id}.
        Message message = Message.of(DrinkWarningCode.HIGH_POTASSIUM_DRINK, "potassiumMmolPerL", 12.8,
                "limitMEqPerL", 6.0, "sourceId", new Citation("ACSM2007", "ACSM 2007"));
        assertTrue(Texts.ENGLISH.text(message).contains("top of sports-drink guidance (ACSM 2007)."),
                Texts.ENGLISH.text(message));
        assertTrue(Texts.of(Language.DE).text(message).contains("(ACSM 2007)"));
        assertEquals("ACSM2007", Texts.wireParameters(message).get("sourceId"));

        Message sources = Message.of(AssumptionCode.SWEAT_SODIUM_PROFILE, "sessions", List.of(0),
                "sourceIds", List.of(new Citation("LARA2016", "Lara et al. 2016"), new Citation("BAKER2016", "Baker et al. 2016")));
        assertTrue(Texts.ENGLISH.text(sources).endsWith("group (Lara et al. 2016, Baker et al. 2016)."),
                Texts.ENGLISH.text(sources));
        assertEquals("LARA2016,BAKER2016", Texts.wireParameters(sources).get("sourceIds"));
    }

    @Test
    void thousandsAreGroupedAsEachLanguageWritesThem() {
        // The 4,700 mg potassium Daily Value: "4,700" in English, "4.700" in German; decimals keep their digits.
        Message message = Message.of(AssumptionCode.LABEL_DAILY_VALUE_TARGET, "dailyValueMg", 4700.0,
                "sourceId", new Citation("FDA2016", "FDA 2016"));
        assertTrue(Texts.ENGLISH.text(message).contains("the 4,700 mg FDA Daily Value (FDA 2016)"),
                Texts.ENGLISH.text(message));
        assertTrue(Texts.of(Language.DE).text(message).contains("4.700 mg"), Texts.of(Language.DE).text(message));
        assertEquals("4700", Texts.wireParameters(message).get("dailyValueMg"));
        assertEquals("12,345.25", Language.EN.number(12345.25));
        assertEquals("12.345,25", Language.DE.number(12345.25));
        assertEquals("0,5", Language.DE.number(0.5));
    }
}
