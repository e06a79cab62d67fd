package org.replenish.plan;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Issue 31 over HTTP: the operation, its batch, its German texts and every bad input named by its field. */
@QuarkusTest
class SessionPlanHttpTest extends HttpTest {

    private static final String PATH = "/v1/session-plans";
    private static final String RIDER = "{\"sex\": \"MALE\", \"ageYears\": 35, \"bodyMass\": {\"value\": 70, \"unit\": \"KG\"}, "
            + "\"height\": {\"value\": 178, \"unit\": \"CM\"}}";
    private static final String RIDE = "{\"durationMinutes\": 180, \"sport\": \"CYCLING\", \"energyExpended\": "
            + "{\"value\": 1800, \"unit\": \"KCAL\", \"kind\": \"ACTIVE\"}, \"environment\": {\"airTemperature\": "
            + "{\"value\": 28, \"unit\": \"C\"}, \"relativeHumidity\": 50}}";
    private static final String DRINK = "{\"servingVolume\": {\"value\": 500, \"unit\": \"ML\"}, \"perLiter\": "
            + "{\"sodium\": {\"value\": 460, \"unit\": \"MG\"}}}";

    private static String field(String name) {
        return "violations.find { it.field == '" + name + "' }";
    }

    @Test
    void theRideOfTheWorkedCaseIsPlanned() {
        // SessionPlannerTest.aCyclistForThreeHoursAtTwentyEightDegrees: fluid 330.2-796.9 mL/h, sodium 151.8-549.6.
        post(PATH, "{\"person\": " + RIDER + ", \"session\": " + RIDE + ", \"drinks\": [" + DRINK + "]}")
                .statusCode(200)
                .body("before.fourHoursBefore.high.mL", closeTo(490.0, 1e-9))
                .body("during.fluidPerHour.low.mL", closeTo(330.2, 1e-9))
                .body("during.fluidPerHour.high.mL", closeTo(796.9, 1e-9))
                .body("during.sodiumPerHour.high.mg", closeTo(549.6, 1e-9))
                .body("during.carbohydrateAdvice", equalTo("PER_HOUR_MULTIPLE_SUGARS"))
                .body("drinks[0].meetsSodium", equalTo(true))
                .body("drinks[0].meetsCarbohydrate", equalTo(false))
                .body("drinks[0].notes.code", hasItem("DRINK_CARBOHYDRATE_NOT_ON_LABEL"))
                .body("notes.code", hasItem("NEVER_DRINK_MORE_THAN_SWEAT"));
    }

    @Test
    void theNotesReadInGerman() {
        RestAssured.given().header("Accept-Language", "de").contentType("application/json")
                .body("{\"person\": " + RIDER + ", \"session\": " + RIDE + "}").post(PATH).then().statusCode(200)
                .header("Content-Language", "de")
                .body("notes.find { it.code == 'NEVER_DRINK_MORE_THAN_SWEAT' }.text",
                        startsWith("Trinken Sie nie mehr, als Sie schwitzen"));
    }

    @Test
    void aRedFlagAnswersWithoutAPlan() {
        post(PATH, "{\"person\": " + RIDER + ", \"session\": " + RIDE + ", \"symptoms\": [\"SEIZURE\"]}")
                .statusCode(200)
                .body("safetyPolicy.urgent", equalTo(true))
                .body("during", nullValue())
                .body("before", nullValue());
    }

    @Test
    void badInputNamesItsField() {
        String sixDrinks = "[" + String.join(", ", Collections.nCopies(6, DRINK)) + "]";
        post(PATH, "{\"person\": {\"sex\": \"MALE\", \"ageYears\": 35}, \"session\": {\"durationMinutes\": 1500}, "
                + "\"drinks\": " + sixDrinks + "}").statusCode(400)
                .body(field("person.bodyMass") + ".code", equalTo("REQUIRED"))
                .body(field("person.bodyMass") + ".message", equalTo("is required"))
                .body(field("session.durationMinutes") + ".code", equalTo("OUT_OF_RANGE"))
                .body(field("session.durationMinutes") + ".message", equalTo("must be less than or equal to 1440"))
                .body(field("drinks") + ".parameters.max", equalTo("5"))
                .body(field("drinks") + ".message", equalTo("size must be between 0 and 5"));
        // 25 kcal/kg/h x 70 kg x 3 h = 5,250 kcal, less 210 kcal resting for ACTIVE: 5,040 kcal at most.
        post(PATH, "{\"person\": " + RIDER + ", \"session\": " + RIDE.replace("1800", "6000") + "}").statusCode(400)
                .body(field("session.energyExpended.value") + ".parameters.max", equalTo("5040"))
                .body(field("session.energyExpended.value") + ".message", equalTo("must be at most 5040 kcal for 180 "
                        + "minutes at 70 kg: no one keeps up more than 25 kcal per kg per hour, resting energy included"));
        // A drink label is checked as in the drink check: 50,000 mg/L of sodium is 2,175 mmol/L, above any drink.
        post(PATH, "{\"person\": " + RIDER + ", \"session\": " + RIDE + ", \"drinks\": ["
                + DRINK.replace("460", "50000") + "]}").statusCode(400)
                .body(field("drinks[0].perLiter.sodium.value") + ".code", equalTo("OUT_OF_RANGE"))
                .body(field("drinks[0].perLiter.sodium.value") + ".message",
                        equalTo("is above any plausible drink: more than 500 mmol/L once converted"));
    }

    @Test
    void aBatchAnswersEachItem() {
        post(PATH + "/batch", "{\"items\": [{\"clientRef\": \"ride\", \"person\": " + RIDER + ", \"session\": " + RIDE
                + "}, {\"person\": {\"sex\": \"MALE\", \"ageYears\": 35}, \"session\": " + RIDE + "}]}")
                .statusCode(200)
                .body("items[0].clientRef", equalTo("ride"))
                .body("items[0].result.during.fluidPerHour.high.mL", closeTo(796.9, 1e-9))
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.violations.field", hasItem("items[1].person.bodyMass"));
    }
}
