package org.replenish.deficit;

import static org.replenish.ProblemAssert.problemType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.replenish.ProblemAssert.assertProblem;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

@QuarkusTest
class DeficitResourceTest extends HttpTest {

    private static final String PATH = "/v1/deficit-estimates";
    private static final String MAN = "\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}";


    @Test
    void workedExampleOverHttp() {
        post(PATH, """
                {"person": {"sex": "MALE", "ageYears": 30},
                 "sessions": [{"durationMinutes": 120, "sweatRate": {"value": 1.2, "unit": "L_PER_H"},
                               "sweatSodium": {"value": 35.9, "unit": "MMOL_PER_L"}, "sweatSodiumSite": "WHOLE_BODY"}],
                 "dietaryIntake": {"potassium": {"value": 2500, "unit": "MG"}},
                 "riskFactors": ["LOW_GREEN_VEGETABLE_INTAKE"]}
                """)
                .statusCode(200)
                .contentType("application/json")
                // 2.4 L x 35.9 mmol/L x 22.98976928 mg/mmol = 1,980.8 mg; the AI allows for 60 of 120 minutes, so
                // 990.4 mg is left to replace.
                .body("minerals.find { it.mineral == 'SODIUM' }.sweat.loss.expected.mg", closeTo(1980.8, 0.05))
                .body("minerals.find { it.mineral == 'SODIUM' }.sweat.toReplace.expected.mg", closeTo(990.4, 0.05))
                // 2.4 L x 5 mmol/L x 39.0983 = 469.18 mg, written to 0.1 mg: 469.2, all left to replace (no surplus);
                // the diet is judged on its own: 3,400 - 2,500 = 900 mg below the AI, never added to the sweat.
                .body("minerals.find { it.mineral == 'POTASSIUM' }.sweat.loss.expected.mg", equalTo(469.2))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.sweat.toReplace.expected.mg", equalTo(469.2))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.diet.belowReferenceBy.mg", closeTo(900, 1e-9))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.diet.status", equalTo("BELOW_REFERENCE_INTAKE"))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.diet.belowReferenceBy", equalTo(null))
                .body("fluid.sweatLoss.expected.mL", closeTo(2400, 1e-9))
                .body("safetyPolicy.urgent", equalTo(false))
                .body("safetyPolicy.minerals.find { it.mineral == 'POTASSIUM' }.decision", equalTo("ARITHMETIC"))
                .body("riskAssessment.factors[0].origin", equalTo("REPORTED"))
                .body("assumptions.code", hasItem("DIETARY_INTAKE_UNKNOWN"))
                .body("disclaimer", notNullValue())
                .body("referenceDataVersion", notNullValue());
    }

    @Test
    void sessionsMustFitInADay() {
        // Issue 26 item 2: 2 x 721 = 1,442 minutes; 6 L/h for 240 min = 24 L.
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 721}, {\"durationMinutes\": 721}]}"),
                PATH, "sessions", "at most 1440 minutes (24 h)");
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 240, \"sweatRate\": "
                + "{\"value\": 6, \"unit\": \"L_PER_H\"}}]}"), PATH, "sessions", "expected sweat is 24 L");
    }

    @Test
    void aSweatTestSiteNeedsASweatSodium() {
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 60, \"sweatSodiumSite\": \"FOREARM\"}]}"),
                PATH, "sessions[0].sweatSodiumSite", "give sweatSodium too");
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 60, \"sweatSodium\": "
                + "{\"value\": 50, \"unit\": \"MMOL_PER_L\"}, \"sweatSodiumSite\": \"ANKLE\"}]}"),
                PATH, "sessions[0].sweatSodiumSite", "must be one of WHOLE_BODY, FOREARM, OTHER_REGION");
    }

    @Test
    void malformedJson() {
        assertViolation(post(PATH, "{" + MAN + ","), PATH, "body", "not well-formed JSON");
    }

    @Test
    void emptyBody() {
        assertViolation(post(PATH, ""), PATH, "body", "is required");
    }

    @Test
    void unknownField() {
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 10, \"intensity\": 3}]}"),
                PATH, "sessions[0].intensity", "is not a known field");
    }

    @Test
    void phosphorusIsNoDietaryIntakeOrReplenishmentOfTheDeficit() {
        // Issue 17: only a drink label may state phosphorus (LabelMinerals); the deficit does not model it, so its
        // intake and a session's replenishment (MineralAmounts) refuse it as an unknown field rather than ignore it.
        assertViolation(post(PATH, "{" + MAN + ", \"dietaryIntake\": {\"phosphorus\": {\"value\": 700, \"unit\": \"MG\"}}}"),
                PATH, "dietaryIntake.phosphorus", "is not a known field");
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 10, "
                        + "\"replenished\": {\"phosphorus\": {\"value\": 50, \"unit\": \"MG\"}}}]}"),
                PATH, "sessions[0].replenished.phosphorus", "is not a known field");
    }

    @Test
    void wrongUnit() {
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 10, \"sweatRate\": {\"value\": 1, \"unit\": \"GAL_PER_H\"}}]}"), PATH, "sessions[0].sweatRate.unit", "must be one of L_PER_H, ML_PER_H, US_FL_OZ_PER_H");
    }

    @Test
    void unknownRiskFactorCode() {
        assertViolation(post(PATH, "{" + MAN + ", \"riskFactors\": [\"ALCOHOL\", \"SMOKING\"]}"),
                PATH, "riskFactors[1]", "must be one of ALCOHOL");
    }

    @Test
    void wrongType() {
        assertViolation(post(PATH, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": \"thirty\"}}"),
                PATH, "person.ageYears", "must be a number");
    }

    @Test
    void missingPersonAndOutOfRangeNumbers() {
        assertViolation(post(PATH, "{\"sessions\": [{\"durationMinutes\": 2000, \"replenished\": {\"sodium\": {\"value\": -5, \"unit\": \"MG\"}}}]}"), PATH, "person", "is required")
                .body("violations.field", hasItem("sessions[0].durationMinutes"))
                .body("violations.field", hasItem("sessions[0].replenished.sodium.value"))
                .body("violations", hasSize(3));
    }

    @Test
    void tooManySessions() {
        String session = "{\"durationMinutes\": 10}";
        String sessions = String.join(",", java.util.Collections.nCopies(21, session));
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [" + sessions + "]}"),
                PATH, "sessions", "size must be between 0 and 20");
    }

    @Test
    void bothSweatInputs() {
        assertViolation(post(PATH, "{" + MAN + ", \"sessions\": [{\"durationMinutes\": 60, \"sweatRate\": {\"value\": 1, \"unit\": \"L_PER_H\"},"
                + " \"bodyMassChange\": {\"before\": {\"value\": 70, \"unit\": \"KG\"}, \"after\": {\"value\": 69, \"unit\": \"KG\"}}}]}"), PATH, "sessions[0].sweatRate", "not both");
    }

    @Test
    void absurdIntake() {
        assertViolation(post(PATH, "{" + MAN + ", \"dietaryIntake\": {\"sodium\": {\"value\": 500, \"unit\": \"G\"}}}"), PATH, "dietaryIntake.sodium.value", "must be at most 100000 mg");
    }

    @Test
    void pregnantMan() {
        assertViolation(post(PATH, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30, \"lifeStage\": \"PREGNANT\"}}"), PATH, "person.lifeStage", "FEMALE only");
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(given().contentType("text/plain").body("hello").when().post(PATH).then(), 415, PATH)
                .body("type", problemType("unsupported-media-type"));
    }

    @Test
    void oversizedBodyIs413() {
        String padding = "\"" + "x".repeat(70 * 1024) + "\"";
        assertProblem(post(PATH, "{\"name\": " + padding + "}"), 413, PATH)
                .body("type", problemType("payload-too-large"));
    }
}
