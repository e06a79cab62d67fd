package org.replenish.potassium;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

@QuarkusTest
class PotassiumResourceTest extends HttpTest {

    private static final String PATH = "/v1/potassium/capsule-comparisons";


    @Test
    void capsuleLimit() {
        given().when().get("/v1/potassium/capsule-limit")
                .then().statusCode(200)
                .body("limit.mg", equalTo(99.0))
                // 99 mg / 39.0983 mg/mmol = 2.53 mmol = 2.53 mEq
                .body("limit.mEq", closeTo(2.532, 0.001))
                .body("appliesToForms", hasItem("CAPSULE"))
                .body("sourceIds", hasItem("CFR201.306"))
                .body("basis", notNullValue())
                .body("referenceDataVersion", notNullValue());
    }

    @Test
    void workedExampleWithGapAndProduct() {
        post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"dietaryIntake\": {\"value\": 3200, \"unit\": \"MG\"},"
                + " \"product\": {\"salt\": {\"compound\": \"POTASSIUM_CHLORIDE\", \"massPerUnit\": {\"value\": 300, \"unit\": \"MG\"}},"
                + " \"form\": \"TABLET\"}}")
                .statusCode(200)
                // 99 / 4,700 = 2.1064 %, written to 0.01 %
                .body("capsuleShareOfTargetPercent", equalTo(2.11))
                // 4,700 / 99 = 47.47 (sheet 4.2: 47.5); no rounded-up count.
                .body("targetAsMultipleOfCapsule", closeTo(47.47, 0.005))
                .body("capsulesToMatchTarget", equalTo(null))
                .body("gap.mg", equalTo(1500.0))
                .body("gapAsMultipleOfCapsule", closeTo(15.15, 0.005))
                .body("capsulesToCloseGap", equalTo(null))
                .body("product.exceedsCapsuleLimit", equalTo(true))
                .body("product.potassiumPerUnit.mg", closeTo(157.3, 0.05))
                // The 1,500 mg gap over the first food's portion (a baked potato, 941 mg) is 1.594, written to 0.01
                .body("foodEquivalents[0].portionsToCloseGap.exact", equalTo(1.59))
                .body("notes[0]", org.hamcrest.Matchers.containsString("not a recommendation"));
    }

    @Test
    void personWithAceInhibitorGetsTheSafetyGate() {
        post(PATH, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}, \"basis\": \"NASEM_DRI\", \"riskFactors\": [\"ACE_INHIBITOR\"]}")
                .statusCode(200)
                .body("target.amount.mg", equalTo(3400.0))
                .body("safety[0].code", equalTo("POTASSIUM_TARGET_SET_WITH_CLINICIAN"))
                .body("countsWithheld", equalTo(true))
                .body("targetAsMultipleOfCapsule", equalTo(null))
                .body("capsuleShareOfTargetPercent", equalTo(null))
                .body("safetyPolicy.minerals.find { it.mineral == 'POTASSIUM' }.decision", equalTo("TARGET_SET_WITH_CLINICIAN"));
    }

    @Test
    void symptomsAndSessionsAreChecked() {
        // Issue 25 item 7: the capsule comparison takes the red-flag inputs, checked as on the deficit estimate.
        assertViolation(post(PATH, "{\"symptoms\": [\"HICCUPS\"]}"), PATH, "symptoms[0]", "must be one of");
        assertViolation(post(PATH, "{\"sessions\": [{\"durationMinutes\": 1000}, {\"durationMinutes\": 1000}]}"),
                PATH, "sessions", "at most 1440 minutes (24 h)");
        assertViolation(post(PATH, "{\"sessions\": [{\"durationMinutes\": 0}]}"), PATH, "sessions[0].durationMinutes",
                "must be greater than or equal to 1");
    }

    @Test
    void neitherTargetNorPersonUsesTheLabelDailyValue() {
        post(PATH, "{}").statusCode(200)
                .body("target.amount.mg", equalTo(4700.0))
                .body("target.basis", equalTo("FDA_DAILY_VALUE"))
                .body("assumptions[0].code", equalTo("LABEL_DAILY_VALUE_TARGET"));
    }

    @Test
    void basisWithoutAPerson() {
        assertViolation(post(PATH, "{\"basis\": \"EFSA\"}"), PATH, "basis", "needs a person");
    }

    @Test
    void bothTargetAndPerson() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"person\": {\"sex\": \"MALE\", \"ageYears\": 30}}"),
                PATH, "person", "not both");
    }

    @Test
    void targetAboveTwentyGrams() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 25000, \"unit\": \"MG\"}}"), PATH, "target.value", "at most 20000 mg");
    }

    @Test
    void zeroTarget() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 0, \"unit\": \"MG\"}}"), PATH, "target.value", "more than 0");
    }

    @Test
    void unknownCompound() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"product\": {\"salt\": {\"compound\": \"POTASSIUM_IODIDE\","
                + " \"massPerUnit\": {\"value\": 300, \"unit\": \"MG\"}}, \"form\": \"TABLET\"}}"),
                PATH, "product.salt.compound", "must be one of POTASSIUM_GLUCONATE");
    }

    @Test
    void unknownForm() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"product\": {\"potassiumPerUnit\": {\"value\": 99, \"unit\": \"MG\"},"
                + " \"form\": \"LOZENGE\"}}"), PATH, "product.form", "must be one of CAPSULE");
    }

    @Test
    void unitsPerServingBelowOne() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"product\": {\"potassiumPerUnit\": {\"value\": 99, \"unit\": \"MG\"},"
                + " \"unitsPerServing\": 0, \"form\": \"CAPSULE\"}}"), PATH, "product.unitsPerServing", "must be greater than or equal to 1");
    }

    @Test
    void fractionalUnitsPerServing() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"product\": {\"potassiumPerUnit\": {\"value\": 99, \"unit\": \"MG\"},"
                + " \"unitsPerServing\": 1.5, \"form\": \"CAPSULE\"}}"), PATH, "product.unitsPerServing", "must be a whole number");
    }
}
