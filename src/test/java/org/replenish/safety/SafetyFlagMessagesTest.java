package org.replenish.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.codes.Language;
import org.replenish.codes.Message;
import org.replenish.codes.SafetyFlagCode;
import org.replenish.codes.Texts;
import org.replenish.reference.SafetyRule;

/** Safety flags carry the values their texts hold as parameters, in every language. */
class SafetyFlagMessagesTest {

    private static SafetyRule rule(SafetyFlagCode code) {
        return TestData.DATA.safetyRules().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
    }

    @Test
    void theLifeStageGateNamesItsAgesAsParameters() {
        // Sheet 7.4 / risk-factors.json: the older-adult gate starts at 65 years, the child gate is below 14 years.
        SafetyRule rule = rule(SafetyFlagCode.POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE);
        Message message = TestData.SAFETY.message(rule);
        assertEquals(Map.of("olderAdultFromAgeYears", "65", "childBelowAgeYears", "14"), Texts.wireParameters(message));
        assertTrue(Texts.ENGLISH.text(message, rule.message()).contains("at 65 or over, or for a child under 14 are"),
                Texts.ENGLISH.text(message, rule.message()));
        assertTrue(Texts.of(Language.DE).text(message, rule.message())
                .contains("ab 65 Jahren oder für ein Kind unter 14 Jahren"));
    }

    @Test
    void everyFlagRendersInBothLanguagesWithTheParametersItsTextNames() {
        for (SafetyRule rule : TestData.DATA.safetyRules()) {
            Message message = TestData.SAFETY.message(rule);
            assertEquals(Texts.placeholders(rule.message()), message.parameters().keySet(), rule.code().name());
            for (Language language : Language.values()) {
                String text = Texts.of(language).text(message, rule.message());
                assertFalse(text.contains("{"), rule.code() + " in " + language + ": " + text);
            }
        }
        // A flag whose text holds no number has none.
        assertEquals(Map.of(), TestData.SAFETY.message(rule(SafetyFlagCode.SEVERE_SIGNS_SEEK_URGENT_CARE)).parameters());
    }
}
