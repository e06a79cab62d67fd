package org.replenish.sweat;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/**
 * Issue 29 over HTTP: deficit estimates and drink checks accept a session as a watch exports it, the workout model
 * answers with its figures and assumptions, and every bad input is a 400 naming its field.
 */
@QuarkusTest
class WorkoutHttpTest extends HttpTest {

    private static final String DEFICITS = "/v1/deficit-estimates";
    private static final String DRINKS = "/v1/drink-adequacy-checks";
    private static final String RUNNER = "{\"sex\": \"MALE\", \"ageYears\": 30, \"bodyMass\": {\"value\": 70, \"unit\": \"KG\"}, "
            + "\"height\": {\"value\": 175, \"unit\": \"CM\"}}";
    /** The runner in heat of WorkoutSweatModelTest: 90 min, 1,100 kcal ACTIVE, 30 °C, 60 %, 2 m/s. */
    private static final String RUN_IN_HEAT = "{\"durationMinutes\": 90, \"sport\": \"RUNNING\", "
            + "\"energyExpended\": {\"value\": 1100, \"unit\": \"KCAL\", \"kind\": \"ACTIVE\"}, "
            + "\"environment\": {\"airTemperature\": {\"value\": 30, \"unit\": \"C\"}, \"relativeHumidity\": 60, "
            + "\"windSpeed\": {\"value\": 2, \"unit\": \"M_PER_S\"}}}";

    private static String deficit(String person, String session) {
        return "{\"person\": " + person + ", \"sessions\": [" + session + "]}";
    }

    private static String field(String name) {
        return "violations.find { it.field == '" + name + "' }";
    }

    @Test
    void aDeficitSessionFromAWatchIsModelled() {
        // WorkoutSweatModelTest.aRunnerInTheHeat: 631.1 ± 200 g/m2/h x 1.8481 m2 = 796.8 / 1,166.4 / 1,536.0 mL/h,
        // for 1.5 h 1,195.2 / 1,749.6 / 2,304.0 mL.
        post(DEFICITS, deficit(RUNNER, RUN_IN_HEAT)).statusCode(200)
                .body("sessions[0].sweatRateSource", equalTo("WORKOUT_MODEL"))
                .body("sessions[0].sweatLoss.expected.mL", closeTo(1749.6, 0.2))
                .body("sessions[0].workoutModel.sweatRatePerHour.low.mL", closeTo(796.8, 0.2))
                .body("sessions[0].workoutModel.bodySurfaceAreaSquareMetres", closeTo(1.848, 1e-9))
                .body("sessions[0].workoutModel.metabolicRateWattsPerSquareMetre", closeTo(505.2, 1e-9))
                .body("sessions[0].workoutModel.metabolicRateSource", equalTo("ACTIVE_ENERGY_PLUS_RESTING"))
                .body("sessions[0].workoutModel.outsideValidatedConditions", equalTo(List.of(
                        "METABOLIC_RATE", "DURATION")))
                .body("sessions[0].workoutModel.bandFactor", closeTo(2.0, 1e-9))
                .body("assumptions.code", hasItem("WORKOUT_SWEAT_MODEL"))
                .body("assumptions.code", hasItem("WORKOUT_OUTSIDE_VALIDATED_CONDITIONS"));
    }

    @Test
    void theSameSessionWithoutAHeightTakesTheAthletesMean() {
        // Endurance athletes' mean 1.28 L/h (Barnes 2019) x 1.5 h = 1,920 mL; no model figures. The session's energy
        // needs the height, so the body carries none here.
        post(DEFICITS, deficit("{\"sex\": \"MALE\", \"ageYears\": 30}",
                "{\"durationMinutes\": 90, \"sport\": \"RUNNING\"}")).statusCode(200)
                .body("sessions[0].sweatRateSource", equalTo("SPORT_DEFAULT"))
                .body("sessions[0].sweatLoss.expected.mL", closeTo(1920.0, 1e-9))
                .body("sessions[0].workoutModel", nullValue());
    }

    @Test
    void aDrinkChecksSessionIsModelledToo() {
        // 500 mL of a drink against the same run: the counted volume stays the drink's, the loss is the model's, so
        // sodium's share is 500 mL x 460 mg/L = 230 mg of the expected loss 1.7496 L x 35.9 mmol/L x 22.98977 mg/mmol
        // = 1,444.0 mg: 15.93 %.
        post(DRINKS, "{\"drink\": {\"servingVolume\": {\"value\": 500, \"unit\": \"ML\"}, \"perLiter\": {\"sodium\": "
                + "{\"value\": 460, \"unit\": \"MG\"}}}, \"person\": " + RUNNER + ", \"session\": " + RUN_IN_HEAT + "}")
                .statusCode(200)
                .body("assumptions.code", hasItem("WORKOUT_SWEAT_MODEL"))
                .body("sodium.sweatLossReplacedPercent.expected", closeTo(15.93, 0.011));
    }

    @Test
    void energyWithoutABodyIsARuleNamingBothFields() {
        post(DEFICITS, deficit("{\"sex\": \"MALE\", \"ageYears\": 30, \"bodyMass\": {\"value\": 70, \"unit\": \"KG\"}}",
                RUN_IN_HEAT)).statusCode(400)
                .body(field("sessions[0].energyExpended") + ".code", equalTo("RULE"))
                .body(field("sessions[0].energyExpended") + ".parameters.rule", equalTo("WORKOUT_NEEDS_BODY"))
                .body(field("sessions[0].energyExpended") + ".parameters.fields", equalTo("person.height"))
                .body(field("sessions[0].energyExpended") + ".message",
                        equalTo("needs person.height for the workout sweat model"));
        post(DRINKS, "{\"drink\": {\"servingVolume\": {\"value\": 500, \"unit\": \"ML\"}, \"perLiter\": {\"sodium\": "
                + "{\"value\": 460, \"unit\": \"MG\"}}}, \"session\": {\"durationMinutes\": 60, \"environment\": "
                + "{\"relativeHumidity\": 50}}}").statusCode(400)
                .body(field("session.environment") + ".parameters.fields", equalTo("person.bodyMass, person.height"));
    }

    @Test
    void impossibleEnergyStatesItsLimit() {
        // 25 kcal/kg/h x 70 kg x 1.5 h = 2,625 kcal in all, less 105 kcal resting for ACTIVE energy: 2,520 kcal.
        post(DEFICITS, deficit(RUNNER, RUN_IN_HEAT.replace("1100", "3000"))).statusCode(400)
                .body(field("sessions[0].energyExpended.value") + ".code", equalTo("OUT_OF_RANGE"))
                .body(field("sessions[0].energyExpended.value") + ".parameters.max", equalTo("2520"))
                .body(field("sessions[0].energyExpended.value") + ".parameters.unit", equalTo("kcal"))
                .body(field("sessions[0].energyExpended.value") + ".message", equalTo("must be at most 2520 kcal for "
                        + "90 minutes at 70 kg: no one keeps up more than 25 kcal per kg per hour, resting energy "
                        + "included"));
    }

    @Test
    void outOfRangeAirAndBodyNameTheirFields() {
        String session = RUN_IN_HEAT.replace("\"relativeHumidity\": 60", "\"relativeHumidity\": 101")
                .replace("{\"value\": 30, \"unit\": \"C\"}", "{\"value\": 150, \"unit\": \"F\"}")
                .replace("{\"value\": 2, \"unit\": \"M_PER_S\"}", "{\"value\": 120, \"unit\": \"KM_PER_H\"}");
        // 150 °F = 65.6 °C, above 60; 120 km/h = 33.3 m/s, above 30; 300 cm above 275.
        post(DEFICITS, deficit(RUNNER.replace("175, \"unit\": \"CM\"", "300, \"unit\": \"CM\""), session))
                .statusCode(400)
                .body(field("sessions[0].environment.relativeHumidity") + ".code", equalTo("OUT_OF_RANGE"))
                .body(field("sessions[0].environment.relativeHumidity") + ".message",
                        equalTo("must be less than or equal to 100"))
                .body(field("sessions[0].environment.airTemperature.value") + ".parameters.max", equalTo("60"))
                .body(field("sessions[0].environment.airTemperature.value") + ".message",
                        equalTo("must be from -40 to 60 °C once converted"))
                .body(field("sessions[0].environment.windSpeed.value") + ".parameters.max", equalTo("30"))
                .body(field("sessions[0].environment.windSpeed.value") + ".message",
                        equalTo("must be at most 30 m/s once converted"))
                .body(field("person.height.value") + ".message", equalTo("must be from 40 to 275 cm once converted"));
    }

    @Test
    void theAssumptionsReadInGerman() {
        RestAssured.given().header("Accept-Language", "de").contentType("application/json")
                .body(deficit(RUNNER, "{\"durationMinutes\": 60, \"sport\": \"WALKING\"}")).post(DEFICITS)
                .then().statusCode(200)
                .body("assumptions.find { it.code == 'WORKOUT_CONDITIONS_ASSUMED' }.message",
                        startsWith("Einheiten 1 geben nicht jede Bedingung der Luft an (Lufttemperatur"))
                .body("assumptions.find { it.code == 'WORKOUT_SWEAT_MODEL' }.message",
                        containsString("Wärmebilanzmodell"));
    }
}
