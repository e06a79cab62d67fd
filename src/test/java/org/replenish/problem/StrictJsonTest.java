package org.replenish.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replenish.HttpTest;

/** A client's mistake is named, never silently guessed around. */
@QuarkusTest
class StrictJsonTest extends HttpTest {

    private static final String PATH = "/v1/potassium/capsule-comparisons";


    @Test
    void numberInQuotes() {
        assertViolation(post(PATH, "{\"target\": {\"value\": \"4700\", \"unit\": \"MG\"}}"), PATH, "target.value", "must be a number");
    }

    @Test
    void enumByOrdinal() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": 0}}"), PATH, "target.unit", "must be one of MG");
    }

    @Test
    void duplicateKey() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"value\": 47, \"unit\": \"MG\"}}"), PATH, "target.value", "is given more than once");
    }

    @Test
    void trailingContent() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}} {}"), PATH, "body", "JSON");
        assertViolation(post(PATH, "{} 5"), PATH, "body", "after the end of the JSON document");
    }

    @Test
    void aRootValueOfTheWrongTypeIsNotTrailingContent() {
        // Both fail on the first root value: the parser's root index tells them from a second value.
        assertViolation(post(PATH, "5"), PATH, "body", "must be an object");
        assertViolation(post(PATH, "[{}]"), PATH, "body", "must be an object");
    }

    @Test
    void arrayInsteadOfObject() {
        assertViolation(post(PATH, "[]"), PATH, "body", "must be an object");
    }

    @Test
    void lowercaseEnum() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"mg\"}}"), PATH, "target.unit", "must be one of MG, G, MMOL, MEQ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e3\""})
    void specialNumbersInQuotesAreRefused(String quoted) {
        assertViolation(post(PATH, "{\"target\": {\"value\": 4700, \"unit\": \"MG\"}, \"product\": {\"form\": \"CAPSULE\","
                + " \"salt\": {\"compound\": \"POTASSIUM_GLUCONATE\", \"massPerUnit\": {\"value\": " + quoted
                + ", \"unit\": \"MG\"}}}}"), PATH, "product.salt.massPerUnit.value", "must be a number");
    }

    @Test
    void numberTooLargeForADoubleIsRefused() {
        // 1e400 would read as Infinity.
        assertViolation(post(PATH, "{\"target\": {\"value\": 1e400, \"unit\": \"MG\"}}"), PATH, "target.value", "must be a number");
    }

    @Test
    void subnormalTargetIsBelowTheSmallestAmount() {
        // 99 mg / 5e-324 mmol would be an Infinity share; the smallest positive amount is 0.001 of any unit.
        assertViolation(post(PATH, "{\"target\": {\"value\": 5e-324, \"unit\": \"MMOL\"}}"), PATH, "target.value",
                "must be 0 or from 0.001 to 100000");
    }

    @Test
    void smallestTargetGivesAFiniteShare() {
        // The smallest target, 0.001 mg: one 99 mg capsule is 99 / 0.001 x 100 = 9,900,000 % of it, a finite number.
        post(PATH, "{\"target\": {\"value\": 0.001, \"unit\": \"MG\"}}").statusCode(200)
                .body("capsuleShareOfTargetPercent", closeTo(9_900_000.0, 1e-6));
    }

    @Test
    void amountAboveTheLargestIsRefused() {
        assertViolation(post(PATH, "{\"target\": {\"value\": 100000.5, \"unit\": \"G\"}}"), PATH, "target.value",
                "must be 0 or from 0.001 to 100000");
    }

    @Test
    void subnormalSodiumOnADrinkLabelIsBelowTheSmallestAmount() {
        // 5e-324 mg sodium per serving would make the volume that meets the target Infinity mL.
        String path = "/v1/drink-adequacy-checks";
        assertViolation(post(path, """
                {"drink": {"servingVolume": {"value": 500, "unit": "ML"},
                           "perServing": {"sodium": {"value": 5e-324, "unit": "MG"}}}}
                """), path, "drink.perServing.sodium.value", "must be 0 or from 0.001 to 100000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "0x10", "1d", " 5", "+5", "5e-324"})
    void queryNumbersAreJsonNumbersInRange(String value) {
        String path = "/v1/conversions";
        assertViolation(given().queryParam("mineral", "POTASSIUM").queryParam("value", value).queryParam("from", "MG")
                .queryParam("to", "MMOL").when().get(path).then(), path, "value", "must be");
    }
}
