package org.replenish.http;

import static org.hamcrest.Matchers.equalTo;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Issue 16, item 2: defaults never surprise; a basis the client did not send never fails, one it sent is never dropped. */
@QuarkusTest
class DefaultsTest extends HttpTest {

    private static final String CAPSULES = "/v1/potassium/capsule-comparisons";
    private static final String DRINKS = "/v1/drink-adequacy-checks";
    private static final String LABEL = "\"drink\": {\"servingVolume\": {\"value\": 591, \"unit\": \"ML\"}, "
            + "\"perServing\": {\"potassium\": {\"value\": 75, \"unit\": \"MG\"}}}";

    @Test
    void aCapsuleComparisonForATwoYearOldWithoutBasisUsesTheNasemAdequateIntake() {
        // Sheet 1.1, NASEM 2019 potassium AI for 1-3 y: 2,000 mg (both sexes); one capsule 99 / 2,000 = 4.95 %.
        post(CAPSULES, "{\"person\": {\"sex\": \"FEMALE\", \"ageYears\": 2}}").statusCode(200)
                .body("target.amount.mg", equalTo(2000.0))
                .body("target.basis", equalTo("NASEM_DRI"))
                .body("target.kind", equalTo("AI"))
                .body("capsuleShareOfTargetPercent", equalTo(4.95));
    }

    @Test
    void aCapsuleComparisonForAnInfantWithoutBasisUsesTheNasemAdequateIntake() {
        // Sheet 1.1, NASEM 2019 potassium AI for 7-12 months: 860 mg; 99 / 860 = 11.511... % -> 11.51 %.
        post(CAPSULES, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 0.75}}").statusCode(200)
                .body("target.amount.mg", equalTo(860.0))
                .body("target.basis", equalTo("NASEM_DRI"))
                .body("capsuleShareOfTargetPercent", equalTo(11.51));
    }

    @Test
    void aDrinkCheckWithEfsaAndNoPersonIsRefusedOnBasisNotAnsweredOnTheDailyValues() {
        // Without a person there is no sex to pick an EFSA adult value by (magnesium 350 or 300 mg), so the service
        // refuses rather than silently answering the FDA Daily Values.
        assertViolation(post(DRINKS, "{" + LABEL + ", \"basis\": \"EFSA\"}"), DRINKS, "basis", "person");
        post(DRINKS, "{" + LABEL + "}").statusCode(200).body("targetBasis", equalTo("FDA_DAILY_VALUE"));
    }

    @Test
    void aDrinkCheckWithEfsaAndAPersonAnswersEfsa() {
        post(DRINKS, "{" + LABEL + ", \"basis\": \"EFSA\", \"person\": {\"sex\": \"FEMALE\", \"ageYears\": 30}}")
                .statusCode(200).body("targetBasis", equalTo("EFSA"));
    }
}
