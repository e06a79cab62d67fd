package org.replenish.batch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replenish.ProblemAssert.assertProblem;
import static org.replenish.ProblemAssert.assertViolation;
import static org.replenish.ProblemAssert.problemType;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.replenish.HttpTest;

/** The batch operations (issue 17): order, per-item problems, whole-batch refusals and limits. */
@QuarkusTest
class BatchResourceTest extends HttpTest {

    static final String DEFICITS = "/v1/deficit-estimates/batch";
    static final String DRINKS = "/v1/drink-adequacy-checks/batch";
    static final String CAPSULES = "/v1/potassium/capsule-comparisons/batch";

    /** Man, 30 y, 2 h at 1.2 L/h with 35.9 mmol/L sweat sodium: 2.4 L x 35.9 x 22.98976928 = 1,980.8 mg sodium lost. */
    static final String RUN = "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}, \"sessions\": [{\"durationMinutes\": "
            + "120, \"sweatRate\": {\"value\": 1.2, \"unit\": \"L_PER_H\"}, \"sweatSodium\": {\"value\": 35.9, \"unit\": \"MMOL_PER_L\"}, \"sweatSodiumSite\": \"WHOLE_BODY\"}]}";
    /** Woman, 25 y, 1 h at 1.0 L/h with 40 mmol/L: 1.0 L x 40 x 22.98976928 = 919.59 mg sodium lost, answered
     * to the documented 0.1 mg as 919.6. */
    private static final String SHORT_RUN = "{\"person\": {\"sex\": \"FEMALE\", \"ageYears\": 25}, \"sessions\": [{\"durationMinutes\": "
            + "60, \"sweatRate\": {\"value\": 1.0, \"unit\": \"L_PER_H\"}, \"sweatSodium\": {\"value\": 40, \"unit\": \"MMOL_PER_L\"}, \"sweatSodiumSite\": \"WHOLE_BODY\"}]}";
    /** Age above the 120-year maximum: invalid on its own. */
    private static final String TOO_OLD = "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 130}}";

    private static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    private static String batch(List<String> items) {
        return "{\"items\": [" + String.join(", ", items) + "]}";
    }

    private static String sodiumLoss(int index) {
        return "items[" + index + "].result.minerals.find { it.mineral == 'SODIUM' }.sweat.loss.expected.mg";
    }

    @Test
    void mixedItemsKeepTheirOrderAndABadItemFailsAlone() {
        json(batch(List.of(RUN, TOO_OLD, SHORT_RUN))).when().post(DEFICITS)
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("answered", equalTo(2)).body("failed", equalTo(1))
                .body("items.index", equalTo(List.of(0, 1, 2)))
                .body("items.status", equalTo(List.of(200, 400, 200)))
                .body(sodiumLoss(0), closeTo(1980.8, 0.05))
                .body(sodiumLoss(2), closeTo(919.6, 1e-9))
                .body("items[1].result", nullValue())
                .body("items[1].problem.status", equalTo(400))
                .body("items[1].problem.type", problemType("validation"))
                .body("items[1].problem.requestId", notNullValue())
                .body("items[1].problem.instance", equalTo(DEFICITS))
                // both of the single endpoint's constraints on ageYears (at most 120) name the field inside the batch
                .body("items[1].problem.violations.field", everyItem(equalTo("items[1].person.ageYears")))
                .body("items[1].problem.violations", not(empty()))
                .body("items[0].problem", nullValue());
    }

    @Test
    void anItemAnswersWhatTheSingleOperationAnswers() {
        Map<String, Object> single = json(RUN).when().post("/v1/deficit-estimates").then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> inBatch = json(batch(List.of(RUN))).when().post(DEFICITS).then().statusCode(200)
                .extract().jsonPath().getMap("items[0].result");
        assertEquals(single, inBatch);
    }

    @Test
    void anItemsClientRefIsEchoedInItsAnswerAndCheckedLikeAField() {
        // Issue 28 item 4: clientRef rides inside the item and comes back beside its answer, result or problem; the
        // item is otherwise the single request (the single operation refuses clientRef as an unknown field).
        String withRef = RUN.replaceFirst("\\{", "{\"clientRef\": \"athlete-7/run\", ");
        String tooOldWithRef = TOO_OLD.replaceFirst("\\{", "{\"clientRef\": \"athlete-9\", ");
        String badRef = SHORT_RUN.replaceFirst("\\{", "{\"clientRef\": \"" + "x".repeat(65) + "\", ");
        json(batch(List.of(withRef, tooOldWithRef, badRef, SHORT_RUN))).when().post(DEFICITS)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(200, 400, 400, 200)))
                .body("items.clientRef", equalTo(java.util.Arrays.asList("athlete-7/run", "athlete-9", null, null)))
                .body(sodiumLoss(0), closeTo(1980.8, 0.05))
                .body("items[2].problem.violations.field", equalTo(List.of("items[2].clientRef")))
                .body("items[2].problem.violations[0].code", equalTo("OUT_OF_RANGE"))
                .body("items[2].problem.violations[0].parameters.max", equalTo("64"))
                .body("items[2].problem.violations[0].parameters.unit", equalTo("characters"))
                .body("items[2].problem.violations[0].message", equalTo("must be 1 to 64 characters"));
        json(withRef).when().post("/v1/deficit-estimates").then().statusCode(400)
                .body("violations.field", equalTo(List.of("clientRef")))
                .body("violations[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void crossFieldRulesApplyPerItem() {
        // PREGNANT with MALE is the targets' contradiction, raised by the calculator, not by a constraint.
        json(batch(List.of(SHORT_RUN, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30, \"lifeStage\": \"PREGNANT\"}}")))
                .when().post(DEFICITS)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(200, 400)))
                .body("items[1].problem.violations.field", equalTo(List.of("items[1].person.lifeStage")));
    }

    @Test
    void itemsThatCannotBeReadFailAlone() {
        json(batch(List.of("{\"person\": {\"sex\": \"MALE\", \"ageYears\": 30}, \"colour\": \"red\"}", "5", "null",
                "{\"person\": {\"sex\": \"MAN\", \"ageYears\": 30}}", "{\"person\": {\"sex\": \"MALE\", \"ageYears\": \"30\"}}",
                "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 1e400}}", SHORT_RUN)))
                .when().post(DEFICITS)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(400, 400, 400, 400, 400, 400, 200)))
                .body("items[0].problem.violations[0].field", equalTo("items[0].colour"))
                .body("items[0].problem.violations[0].message", equalTo("is not a known field"))
                .body("items[1].problem.violations[0].field", equalTo("items[1]"))
                .body("items[2].problem.violations[0].field", equalTo("items[2]"))
                .body("items[3].problem.violations[0].field", equalTo("items[3].person.sex"))
                .body("items[4].problem.violations[0].field", equalTo("items[4].person.ageYears"))
                .body("items[4].problem.violations[0].message", equalTo("must be a number"))
                .body("items[5].problem.violations[0].field", equalTo("items[5].person.ageYears"));
    }

    @Test
    void oneAndAHundredItemsAreABatch() {
        json(batch(List.of(RUN))).when().post(DEFICITS).then().statusCode(200).body("items", hasSize(1));
        // 100 capsule comparisons with targets of 1,000 to 1,099 mg: item i is 99 / (1000 + i) x 100 % of its target
        // (item 0: 9.9 %, item 99: 9.008 %), so the shares prove the order.
        List<String> hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hundred.add("{\"target\": {\"value\": " + (1000 + i) + ", \"unit\": \"MG\"}}");
        }
        JsonPath answer = json(batch(hundred)).when().post(CAPSULES).then().statusCode(200)
                .body("items", hasSize(100)).body("answered", equalTo(100)).body("failed", equalTo(0))
                .extract().jsonPath();
        List<Integer> indexes = answer.getList("items.index", Integer.class);
        List<Double> shares = answer.getList("items.result.capsuleShareOfTargetPercent", Double.class);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, indexes.get(i));
            // 99 mg of a (1,000 + i) mg target, in percent, answered to the documented 0.01 %.
            assertEquals(Math.round(9900.0 / (1000 + i) * 100) / 100.0, shares.get(i), 1e-9, "item " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void noneOrMoreThanAHundredItemsIsNotABatch(int count) {
        assertViolation(json(batch(Collections.nCopies(count, SHORT_RUN))).when().post(DEFICITS).then(),
                DEFICITS, "items", "must hold 1 to 100 requests");
    }

    @Test
    void aBodyThatIsNotABatchIs400() {
        assertProblem(json("{\"items\": [").when().post(DEFICITS).then(), 400, DEFICITS)
                .body("detail", equalTo("1 field is not valid"));
        assertViolation(json("{}").when().post(DEFICITS).then(), DEFICITS, "items", "is required");
        assertViolation(json("{\"items\": 5}").when().post(DEFICITS).then(), DEFICITS, "items", "must be an array");
        assertViolation(json("[" + RUN + "]").when().post(DEFICITS).then(), DEFICITS, "body", "must be an object");
        assertViolation(json("{\"items\": [" + RUN + "], \"extra\": 1}").when().post(DEFICITS).then(), DEFICITS, "extra",
                "is not a known field");
    }

    @Test
    void aBatchBodyMayExceedTheSingleLimitButNotTheBatchLimit() {
        // 100 KiB of whitespace: over the 64 KiB of a single request, within the 512 KiB of a batch.
        String padded = "{\"items\": [" + RUN + "]" + " ".repeat(100 * 1024) + "}";
        json(padded).when().post(DEFICITS).then().statusCode(200).body("answered", equalTo(1));
        assertProblem(json(padded).when().post("/v1/deficit-estimates").then(), 413, "/v1/deficit-estimates");
        String tooLarge = "{\"items\": [" + RUN + "]" + " ".repeat(513 * 1024) + "}";
        assertProblem(json(tooLarge).when().post(DEFICITS).then(), 413, DEFICITS);
    }

    @Test
    void drinkChecksInABatch() {
        // A litre holding 460 mg sodium: 460 / 22.98976928 = 20.009 mmol/L (sheet 6: 20 mEq/L Na = 460 mg/L).
        String litre = "{\"drink\": {\"servingVolume\": {\"value\": 1, \"unit\": \"L\"}, "
                + "\"perLiter\": {\"sodium\": {\"value\": 460, \"unit\": \"MG\"}}}}";
        String both = "{\"drink\": {\"servingVolume\": {\"value\": 1, \"unit\": \"L\"}, "
                + "\"perLiter\": {\"sodium\": {\"value\": 460, \"unit\": \"MG\"}}, \"perServing\": {}}}";
        json(batch(List.of(both, litre))).when().post(DRINKS)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(400, 200)))
                .body("items[0].problem.violations.field", equalTo(List.of("items[0].drink.perLiter")))
                .body("items[1].result.minerals.find { it.mineral == 'SODIUM' }.concentration.mmolPerL",
                        closeTo(20.009, 0.0005));
    }

    @Test
    void phosphorusOnDrinkLabelsInABatch() {
        // 50 mg phosphorus per 250 mL serving: 200 mg/L = 200 / 30.973761998 = 6.457 mmol/L; the same in mEq is
        // refused for its item only, naming the unit inside the item.
        String milligrams = "{\"drink\": {\"servingVolume\": {\"value\": 250, \"unit\": \"ML\"}, "
                + "\"perServing\": {\"phosphorus\": {\"value\": 50, \"unit\": \"MG\"}}}}";
        String milliequivalents = milligrams.replace("\"MG\"", "\"MEQ\"");
        json(batch(List.of(milligrams, milliequivalents))).when().post(DRINKS)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(200, 400)))
                .body("items[0].result.phosphorus.concentration.mgPerL", closeTo(200.0, 1e-9))
                .body("items[0].result.phosphorus.concentration.mmolPerL", closeTo(6.457, 1e-9))
                .body("items[0].result.phosphorus.perServing.mmol", closeTo(1.614, 1e-9))
                .body("items[1].problem.violations.field", equalTo(List.of("items[1].drink.perServing.phosphorus.unit")));
    }

    @Test
    void capsuleComparisonsInABatch() {
        // 99 mg of a 3,400 mg target = 2.9118 %, answered to 0.01 % as 2.91; a target of 0 mg is refused for its item only.
        json(batch(List.of("{\"target\": {\"value\": 3400, \"unit\": \"MG\"}}", "{\"target\": {\"value\": 0, \"unit\": \"MG\"}}")))
                .when().post(CAPSULES)
                .then().statusCode(200)
                .body("items.status", equalTo(List.of(200, 400)))
                .body("items[0].result.capsuleShareOfTargetPercent", closeTo(2.91, 1e-9))
                .body("items[1].problem.violations[0].field", equalTo("items[1].target.value"));
    }
}
