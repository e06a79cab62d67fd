package org.replenish.codes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Accept-Language chooses the language of every message; Content-Language names it; codes and parameters stay. */
@QuarkusTest
class LocalisedAnswersTest extends HttpTest {

    private static String example(String operationId) throws IOException {
        return Files.readString(Path.of("src/main/resources/openapi-examples/" + operationId + ".request.json"));
    }

    @Test
    void aGermanRequestGetsGermanMessagesWithTheSameCodesAndParameters() throws IOException {
        // The example day: one 120-minute run without replenishment reports, potassium and magnesium intake known.
        given().contentType("application/json").header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                .body(example("estimateDeficit"))
                .when().post("/v1/deficit-estimates")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("assumptions.find { it.code == 'DIETARY_INTAKE_UNKNOWN' }.message",
                        startsWith("Für Natrium, Calcium, Chlorid wurde keine übliche Zufuhr"))
                .body("assumptions.find { it.code == 'DIETARY_INTAKE_UNKNOWN' }.parameters.minerals",
                        equalTo("SODIUM,CALCIUM,CHLORIDE"))
                // sweat.json: magnesium 0.14 mmol/L (0.065-0.225, BELLER1975), written with decimal commas in German.
                .body("assumptions.find { it.code == 'DEFAULT_SWEAT_COMPOSITION' }.message",
                        containsString("Magnesium 0,14 mmol/L (0,065-0,225, Beller et al. 1975)"))
                .body("assumptions.find { it.code == 'DEFAULT_SWEAT_COMPOSITION' }.parameters.magnesiumMmolPerL",
                        equalTo("0.14"))
                .body("assumptions.find { it.code == 'DEFAULT_SWEAT_COMPOSITION' }.parameters.magnesiumLow",
                        equalTo("0.065"))
                // The text cites the short citation, the parameter keeps the source id for GET /v1/sources/{id}.
                .body("assumptions.find { it.code == 'DEFAULT_SWEAT_COMPOSITION' }.parameters.magnesiumSourceIds",
                        equalTo("BELLER1975"))
                // Sodium intake is not given: the diet's reason says it is not judged, with the mineral in German.
                .body("minerals.find { it.mineral == 'SODIUM' }.diet.reasonMessage.code",
                        equalTo("DIET_INTAKE_UNKNOWN"))
                .body("minerals.find { it.mineral == 'SODIUM' }.diet.reasonMessage.parameters.mineral",
                        equalTo("SODIUM"))
                .body("minerals.find { it.mineral == 'SODIUM' }.diet.reason",
                        startsWith("Die übliche Zufuhr von Natrium wurde nicht angegeben"));
    }

    @Test
    void drinkVerdictReasonsInGerman() throws IOException {
        // The example label: 75 mg potassium per 20 US fl oz (591.47 mL), 1 L drunk: 75 / 591.47 x 1000 = 126.8 mg,
        // 126.8 / 4,700 mg (the Daily Value, no person given) = 2.7 %.
        given().contentType("application/json").header("Accept-Language", "de")
                .body(example("checkDrinkAdequacy"))
                .when().post("/v1/drink-adequacy-checks")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("potassium.reasonMessages[0].code", equalTo("SHARE_OF_DAILY_VALUE"))
                .body("potassium.reasonMessages[0].parameters.targetMg", equalTo("4700"))
                .body("potassium.reasons[0]", startsWith("1.000 mL dieses Getränks enthalten 126,8 mg Kalium, 2,7 % des "
                        + "Daily Value der FDA von 4.700 mg"))
                .body("sodium.reasonMessages[0].code", equalTo("SODIUM_AGAINST_GUIDANCE"))
                // The example's 19.9 mmol/L sodium lies in drink-guidance.json's sports-drink range, 10 to 50 mmol/L.
                .body("composition.categoryRuleMessage.code", equalTo("SPORTS_DRINK"))
                .body("composition.categoryRuleMessage.parameters.sodiumMmolPerL", equalTo("19.9"))
                .body("composition.categoryRuleMessage.parameters.lowBelowMmolPerL", equalTo("10"))
                .body("composition.categoryRuleMessage.parameters.concentrateAboveMmolPerL", equalTo("50"))
                .body("composition.categoryRule", equalTo("19,9 mmol/L Natrium liegen zwischen 10 und 50 mmol/L, der "
                        + "Spanne von Sportgetränken."));
    }

    @Test
    void batchesAnswerEveryItemInTheRequestedLanguage() throws IOException {
        // Each batch path answers its items in the language of Accept-Language and names it, as its single operation.
        given().contentType("application/json").header("Accept-Language", "de")
                .body("{\"items\": [" + example("checkDrinkAdequacy") + "]}")
                .when().post("/v1/drink-adequacy-checks/batch")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("items[0].result.composition.categoryRule", equalTo("19,9 mmol/L Natrium liegen zwischen 10 und "
                        + "50 mmol/L, der Spanne von Sportgetränken."));
        given().contentType("application/json").header("Accept-Language", "de")
                .body("{\"items\": [" + example("compareWithCapsuleLimit") + "]}")
                .when().post("/v1/potassium/capsule-comparisons/batch")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("items[0].result.notes[0]", startsWith("Dies ist ein rechnerischer Vergleich von Mengen"));
        given().contentType("application/json").header("Accept-Language", "de")
                .body("{\"items\": [" + example("estimateDeficit") + "]}")
                .when().post("/v1/deficit-estimates/batch")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("items[0].result.minerals.find { it.mineral == 'SODIUM' }.diet.reason",
                        startsWith("Die übliche Zufuhr von Natrium wurde nicht angegeben"));
        given().contentType("application/json")
                .body("{\"items\": [" + example("compareWithCapsuleLimit") + "]}")
                .when().post("/v1/potassium/capsule-comparisons/batch")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("items[0].result.notes[0]", startsWith("This is an arithmetic comparison of amounts"));
    }

    @Test
    void capsuleNotesInGermanAndEnglishByDefault() throws IOException {
        given().contentType("application/json").header("Accept-Language", "de")
                .body(example("compareWithCapsuleLimit"))
                .when().post("/v1/potassium/capsule-comparisons")
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("noteMessages[0].code", equalTo("ARITHMETIC_NOT_A_DOSE"))
                .body("notes[0]", startsWith("Dies ist ein rechnerischer Vergleich von Mengen"))
                .body("noteMessages[0].text", startsWith("Dies ist ein rechnerischer Vergleich von Mengen"));
        given().contentType("application/json")
                .body(example("compareWithCapsuleLimit"))
                .when().post("/v1/potassium/capsule-comparisons")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("notes[0]", startsWith("This is an arithmetic comparison of amounts"));
    }

    @Test
    void germanSafetyFlagsAndTargetNotes() {
        // EFSA sets no calcium value in Replenish's sources: the NASEM_DRI value is used and a note says so.
        given().header("Accept-Language", "de").queryParam("sex", "FEMALE").queryParam("ageYears", "34")
                .queryParam("basis", "EFSA")
                .when().get("/v1/targets")
                .then().statusCode(200)
                .header("Content-Language", "de")
                // targets.json: EFSA's band for 34 years is 18+y, "18 y and over".
                .body("lifeStageGroup", equalTo("18 Jahre und älter, weiblich"))
                .body("lifeStageGroupMessage.code", equalTo("AGE_BAND_AND_SEX"))
                .body("lifeStageGroupMessage.parameters.ageBand", equalTo("18+y"))
                .body("lifeStageGroupMessage.parameters.sex", equalTo("FEMALE"))
                .body("noteMessages.find { it.code == 'VALUE_FROM_FALLBACK_BASIS' && it.parameters.mineral == 'CALCIUM' }.text",
                        equalTo("EFSA nennt in den Quellen von Replenish keinen Wert für Calcium in dieser Gruppe; der Wert "
                                + "nach NASEM wird verwendet."));
        given().contentType("application/json").header("Accept-Language", "de")
                .body("{\"riskFactors\": [\"CHRONIC_KIDNEY_DISEASE\"]}")
                .when().post("/v1/potassium/capsule-comparisons")
                .then().statusCode(200)
                .body("safety[0].code", equalTo("POTASSIUM_TARGET_SET_WITH_CLINICIAN"))
                .body("safety[0].message", startsWith("Eine angegebene Erkrankung oder ein Medikament kann das Kalium"))
                // Issue 25 item 6: the disclaimer is localised like every other message.
                .body("disclaimer", startsWith("Schätzungen nur zur Information"));
    }
}
