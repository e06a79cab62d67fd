package org.replenish.drink;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

@QuarkusTest
class DrinkResourceTest extends HttpTest {

    private static final String PATH = "/v1/drink-adequacy-checks";
    private static final String SERVING = "\"servingVolume\": {\"value\": 20, \"unit\": \"US_FL_OZ\"}";


    @Test
    void everyBrokenRuleOfTheBodyIsReportedAtOnceSortedByField() {
        // A field constraint (osmolality below 0), a structural rule (both label forms), a reference limit (more than
        // 50 servings) and a rule across fields (a basis without a person) are all named in one answer.
        post(PATH, """
                {"drink": {"servingVolume": {"value": 500, "unit": "ML"},
                           "perServing": {"sodium": {"value": 200, "unit": "MG"}},
                           "perLiter": {"sodium": {"value": 400, "unit": "MG"}},
                           "osmolality": -1},
                 "servings": 51,
                 "basis": "EFSA"}
                """)
                .statusCode(400)
                .body("detail", equalTo("4 fields are not valid"))
                .body("violations.field", contains("basis", "drink.osmolality", "drink.perLiter", "servings"))
                .body("violations[2].message", equalTo("give exactly one of perServing, perLiter or per100mL, not more than one"))
                .body("violations[3].message", equalTo("must be at most 50"));
    }

    @Test
    void numbersOutsideTheirFieldRangeDoNotBreakTheRulesAcrossFields() {
        // Found by the full fuzz campaign: the class-level rule divided 1e308 g of sodium and -1.8e308 g of
        // carbohydrate by the serving's 0.25 L and failed with a 500. Each field's own range names them instead.
        post(PATH, """
                {"drink": {"servingVolume": {"value": 250, "unit": "ML"},
                           "perServing": {"sodium": {"value": 1e308, "unit": "G"}},
                           "carbohydrateGrams": -1.7976931348623157e308}}
                """)
                .statusCode(400)
                // carbohydrateGrams breaks its @DecimalMin("0"), the sodium value its @Magnitude (at most 100,000)
                .body("violations.field", contains("drink.carbohydrateGrams", "drink.perServing.sodium.value"));
    }

    @Test
    void gatoradeOverHttp() {
        post(PATH, "{\"drink\": {\"name\": \"Gatorade\", " + SERVING + ", \"perServing\": {\"sodium\": {\"value\": 270, \"unit\": \"MG\"},"
                + " \"potassium\": {\"value\": 75, \"unit\": \"MG\"}}, \"carbohydrateGrams\": 36}}")
                .statusCode(200)
                .body("targetBasis", equalTo("FDA_DAILY_VALUE"))
                .body("minerals.find { it.mineral == 'SODIUM' }.concentration.mmolPerL", closeTo(19.86, 0.01))
                // 75 mg / 4,700 mg DV = 1.596 %, written to 0.01 %: 1.60
                .body("minerals.find { it.mineral == 'POTASSIUM' }.percentDailyValuePerServing", equalTo(1.6))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.onLabel", equalTo(false))
                // Not on the label: unknown, so no amounts rather than zeros.
                .body("phosphorus.onLabel", equalTo(false))
                .body("phosphorus", not(hasKey("perServing")))
                .body("potassium.verdict", equalTo("INADEQUATE"))
                .body("magnesium.verdict", equalTo("ABSENT"))
                .body("composition.category", equalTo("SPORTS_DRINK"))
                .body("composition.checks.find { it.check == 'SODIUM_ACSM' }.position", equalTo("BELOW"))
                .body("tonicity.class", equalTo("ISOTONIC"))
                .body("tonicity.basis", equalTo("ESTIMATE"));
    }

    @Test
    void orsPerLitreInMillimolesWithAFluidOunceServing() {
        post(PATH, "{\"drink\": {" + SERVING + ", \"perLiter\": {\"sodium\": {\"value\": 75, \"unit\": \"MMOL\"},"
                + " \"potassium\": {\"value\": 20, \"unit\": \"MMOL\"}, \"chloride\": {\"value\": 65, \"unit\": \"MMOL\"}},"
                + " \"carbohydrateGrams\": 13.5, \"carbohydrateType\": \"MONOSACCHARIDE\"}, \"consumed\": {\"value\": 1, \"unit\": \"L\"}}")
                .statusCode(200)
                .body("composition.category", equalTo("ORAL_REHYDRATION_SOLUTION"))
                .body("tonicity.class", equalTo("HYPOTONIC"))
                // 20 mmol of potassium in the litre drunk: 20 x 39.0983 = 781.966 mg, written to 0.1 mg: 782.0
                .body("minerals.find { it.mineral == 'POTASSIUM' }.consumed.mg", equalTo(782.0))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.consumed.mmol", equalTo(20.0));
    }

    @Test
    void phosphorusIsReportedInMilligramsAndMillimolesWithoutAVerdict() {
        // 50 mg phosphorus per 250 mL serving, 2 servings: 50 / 0.25 = 200 mg/L = 200 / 30.973761998 = 6.457 mmol/L;
        // a serving 50 mg = 1.614 mmol; drunk 100 mg = 3.229 mmol (each mmol written to 0.001).
        post(PATH, """
                {"drink": {"servingVolume": {"value": 250, "unit": "ML"},
                           "perServing": {"sodium": {"value": 115, "unit": "MG"}, "phosphorus": {"value": 50, "unit": "MG"}}},
                 "servings": 2}
                """)
                .statusCode(200)
                .body("phosphorus.onLabel", equalTo(true))
                .body("phosphorus.concentration.mgPerL", equalTo(200.0))
                .body("phosphorus.concentration.mmolPerL", equalTo(6.457))
                .body("phosphorus.perServing.mg", equalTo(50.0))
                .body("phosphorus.perServing.mmol", equalTo(1.614))
                .body("phosphorus.consumed.mg", equalTo(100.0))
                .body("phosphorus.consumed.mmol", equalTo(3.229))
                // No mEq (phosphate's charge depends on pH) and nothing judged: no verdict, %DV, US claim or reach.
                .body("phosphorus.perServing", not(hasKey("mEq")))
                .body("phosphorus.concentration", not(hasKey("mEqPerL")))
                // The EU label arithmetic only (issue 30): 200 mg/L = 20 mg/100 mL, 20 / 700 mg (EU reference intake)
                // = 2.86 % per 100 mL, under 7.5 %: no EU claim; the 50 mg serving is 50 / 700 = 7.14 %.
                .body("phosphorus.percentReferenceIntakePer100mL", equalTo(2.86))
                .body("phosphorus.percentReferenceIntakePerServing", equalTo(7.14))
                .body("phosphorus.euClaim", equalTo("NONE"))
                .body("phosphorus.keySet()", containsInAnyOrder("onLabel", "perServing", "consumed", "concentration",
                        "percentReferenceIntakePer100mL", "percentReferenceIntakePerServing", "euClaim"))
                .body("minerals.mineral", contains("SODIUM", "POTASSIUM", "MAGNESIUM", "CALCIUM", "CHLORIDE"));
    }

    @Test
    void phosphorusInMilliequivalentsIsRefused() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perLiter\": {\"phosphorus\": {\"value\": 2, \"unit\": \"MEQ\"}}}}"),
                PATH, "drink.perLiter.phosphorus.unit", "charge depends on pH")
                .body("violations", hasSize(1))
                .body("violations[0].code", equalTo("RULE"))
                .body("violations[0].parameters.rule", equalTo("UNIT_NOT_ALLOWED_FOR_MINERAL"))
                .body("violations[0].parameters.mineral", equalTo("PHOSPHORUS"))
                .body("violations[0].parameters.unit", equalTo("MEQ"));
    }

    @Test
    void riskFactorsRaiseTheSharedFlags() {
        post(PATH, "{\"drink\": {\"servingVolume\": {\"value\": 240, \"unit\": \"ML\"}, \"perLiter\": {\"potassium\": {\"value\": 2500, \"unit\": \"MG\"}}},"
                + " \"riskFactors\": [\"HYPERKALEMIA_HISTORY\"]}")
                .statusCode(200)
                .body("safety[0].code", equalTo("POTASSIUM_TARGET_SET_WITH_CLINICIAN"))
                .body("warnings.find { it.code == 'HIGH_POTASSIUM_DRINK' }.message", org.hamcrest.Matchers.containsString("63.9 mmol/L"))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.targetReach", equalTo("WITHHELD_FOR_SAFETY"));
    }

    @Test
    void theDailyValueIsNoPersonsTarget() {
        // Issue 26 item 3: with a person the verdicts hold the drink against the person's target, never the DV.
        for (String path : List.of(PATH, "/v1/deficit-estimates", "/v1/potassium/capsule-comparisons")) {
            String body = path.equals(PATH) ? "{\"drink\": {" + SERVING + ", \"perServing\": {}}, " : "{";
            assertViolation(post(path, body + "\"person\": {\"sex\": \"FEMALE\", \"ageYears\": 6}, "
                    + "\"basis\": \"FDA_DAILY_VALUE\"}"), path, "basis", "a label reference, not a person's target");
        }
    }

    @Test
    void newFieldsAreChecked() {
        // magnesiumSource and symptoms take their closed sets only.
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {}, \"magnesiumSource\": \"FOOD\"}}"),
                PATH, "drink.magnesiumSource", "must be one of ADDED, NATURAL");
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {}}, \"symptoms\": [\"HICCUPS\"]}"),
                PATH, "symptoms[0]", "must be one of");
    }

    @Test
    void basisWithoutAPerson() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {}}, \"basis\": \"NASEM_DRI\"}"), PATH, "basis",
                "needs a person");
    }

    @Test
    void neitherLabelForm() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + "}}"), PATH, "drink.perServing", "exactly one of perServing, perLiter or per100mL");
    }

    @Test
    void bothLabelForms() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {}, \"perLiter\": {}}}"), PATH, "drink.perLiter", "not more than one");
    }

    @Test
    void unknownUnit() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {\"sodium\": {\"value\": 270, \"unit\": \"MICROGRAM\"}}}}"),
                PATH, "drink.perServing.sodium.unit", "must be one of MG, G, MMOL, MEQ");
    }

    @Test
    void negativeAmount() {
        assertViolation(post(PATH, "{\"drink\": {" + SERVING + ", \"perServing\": {\"potassium\": {\"value\": -1, \"unit\": \"MG\"}}}}"),
                PATH, "drink.perServing.potassium.value", "must be greater than or equal to 0");
    }

    @Test
    void servingOfZero() {
        assertViolation(post(PATH, "{\"drink\": {\"servingVolume\": {\"value\": 0, \"unit\": \"ML\"}, \"perServing\": {}}}"),
                PATH, "drink.servingVolume.value", "more than 0 and at most 5000 mL");
    }

    @Test
    void implausibleSodium() {
        assertViolation(post(PATH, "{\"drink\": {\"servingVolume\": {\"value\": 1, \"unit\": \"L\"}, \"perLiter\": {\"sodium\": {\"value\": 20, \"unit\": \"G\"}}}}"),
                PATH, "drink.perLiter.sodium.value", "more than 500 mmol/L");
    }

    @Test
    void carbohydrateHeavierThanTheDrink() {
        assertViolation(post(PATH, "{\"drink\": {\"servingVolume\": {\"value\": 250, \"unit\": \"ML\"}, \"perServing\": {}, \"carbohydrateGrams\": 300}}"),
                PATH, "drink.carbohydrateGrams", "mass of the drink");
    }

    @Test
    void missingDrink() {
        assertViolation(post(PATH, "{\"servings\": 2}"), PATH, "drink", "is required");
    }
}
