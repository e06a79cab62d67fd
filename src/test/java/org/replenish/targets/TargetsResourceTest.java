package org.replenish.targets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import org.replenish.HttpTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetsResourceTest extends HttpTest {

    private static final String PATH = "/v1/targets";

    @Test
    void man30OnTheDefaultBasis() {
        given().queryParam("sex", "MALE").queryParam("ageYears", "30")
                .when().get(PATH)
                .then().statusCode(200)
                .contentType("application/json")
                .body("basis", equalTo("NASEM_DRI"))
                .body("lifeStageGroup", equalTo("19–30 y, male"))
                // the five modelled minerals and phosphorus; bicarbonate has no intake reference
                .body("targets", hasSize(6))
                .body("targets.mineral", equalTo(java.util.List.of("SODIUM", "POTASSIUM", "MAGNESIUM", "CALCIUM",
                        "CHLORIDE", "PHOSPHORUS")))
                // sheet 1.7: 19-70 y RDA 700 mg, UL 4,000 mg (IOM 1997); 700 / 30.973761998 = 22.60 mmol, no mEq
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.amount.mg", equalTo(700.0))
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.amount.mmol", closeTo(22.60, 0.005))
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.amount.mEq", nullValue())
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.kind", equalTo("RDA"))
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.upperLimit.amount.mg", equalTo(4000.0))
                .body("targets.find { it.mineral == 'POTASSIUM' }.amount.mg", equalTo(3400.0))
                // 3,400 mg / 39.0983 mg/mmol = 86.96 mmol
                .body("targets.find { it.mineral == 'POTASSIUM' }.amount.mmol", closeTo(86.96, 0.01))
                .body("targets.find { it.mineral == 'POTASSIUM' }.upperLimit", nullValue())
                .body("targets.find { it.mineral == 'MAGNESIUM' }.amount.mEq", closeTo(32.92, 0.01))
                .body("targets.find { it.mineral == 'MAGNESIUM' }.upperLimit.scope", equalTo("SUPPLEMENTAL_ONLY"))
                .body("targets.find { it.mineral == 'SODIUM' }.upperLimit.kind", equalTo("CDRR"))
                .body("targets.find { it.mineral == 'SODIUM' }.sourceId", equalTo("NASEM2019"))
                .body("referenceDataVersion", notNullValue());
    }

    @Test
    void efsaWoman() {
        given().queryParam("sex", "FEMALE").queryParam("ageYears", "40").queryParam("basis", "EFSA")
                .when().get(PATH)
                .then().statusCode(200)
                .body("targets.find { it.mineral == 'POTASSIUM' }.amount.mg", equalTo(3500.0))
                .body("targets.find { it.mineral == 'MAGNESIUM' }.amount.mg", equalTo(300.0))
                // Calcium from NASEM (sheet 1.10), and the NASEM sodium CDRR and chloride UL where EFSA sets none.
                .body("targets.find { it.mineral == 'SODIUM' }.upperLimit.basis", equalTo("NASEM_DRI"))
                // ... and phosphorus from NASEM: sheet 1.9 has no EFSA phosphorus value
                .body("targets.find { it.mineral == 'PHOSPHORUS' }.basis", equalTo("NASEM_DRI"))
                .body("notes", hasSize(4));
    }

    @Test
    void missingSexAndBadAge() {
        assertViolation(given().queryParam("ageYears", "abc").when().get(PATH).then(), PATH, "sex", "is required")
                .body("violations.find { it.field == 'ageYears' }.message", equalTo("must be a number"))
                .body("violations", hasSize(2));
    }

    @Test
    void ageOver120() {
        assertViolation(given().queryParam("sex", "MALE").queryParam("ageYears", "121").when().get(PATH).then(),
                PATH, "ageYears", "must be 0 or from 0.001 to 120");
    }

    @Test
    void negativeAge() {
        assertViolation(given().queryParam("sex", "MALE").queryParam("ageYears", "-1").when().get(PATH).then(),
                PATH, "ageYears", "must be greater than or equal to 0");
    }

    @Test
    void unknownEnumValues() {
        assertViolation(given().queryParam("sex", "OTHER").queryParam("ageYears", "30").queryParam("basis", "WHO")
                        .queryParam("lifeStage", "pregnant").when().get(PATH).then(),
                PATH, "basis", "must be one of NASEM_DRI, FDA_DAILY_VALUE, EFSA")
                .body("violations.field", org.hamcrest.Matchers.hasItems("sex", "lifeStage"));
    }

    @Test
    void pregnantMale() {
        assertViolation(given().queryParam("sex", "MALE").queryParam("ageYears", "30").queryParam("lifeStage", "PREGNANT")
                .when().get(PATH).then(), PATH, "lifeStage", "FEMALE only");
    }

    @Test
    void pregnancyUnder14() {
        assertViolation(given().queryParam("sex", "FEMALE").queryParam("ageYears", "12").queryParam("lifeStage", "PREGNANT")
                .when().get(PATH).then(), PATH, "lifeStage", "14 or more");
    }

    @Test
    void basisThatDoesNotCoverTheAge() {
        assertViolation(given().queryParam("sex", "FEMALE").queryParam("ageYears", "0.5").queryParam("basis", "FDA_DAILY_VALUE")
                .when().get(PATH).then(), PATH, "basis", "covers ageYears from 1");
    }
}
