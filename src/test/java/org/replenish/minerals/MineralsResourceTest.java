package org.replenish.minerals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.replenish.HttpTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MineralsResourceTest extends HttpTest {

    @Test
    void listsTheMineralsWithChemistry() {
        given().when().get("/v1/minerals")
                .then().statusCode(200)
                .body("minerals", hasSize(7))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.symbol", equalTo("Mg"))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.atomicWeight", closeTo(24.305, 1e-9))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.valence", equalTo(2))
                .body("minerals.find { it.mineral == 'CHLORIDE' }.valence", equalTo(-1))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.acceptedUnits", equalTo(List.of("MG", "G", "MMOL", "MEQ")));
    }

    @Test
    void twentyMilliequivalentsOfPotassium() {
        given().queryParam("mineral", "POTASSIUM").queryParam("value", "20").queryParam("from", "MEQ").queryParam("to", "MG")
                .when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(781.97, 0.005))
                .body("factor", closeTo(39.0983, 1e-9));
    }

    @Test
    void oneGramOfSodiumInMillimoles() {
        given().queryParam("mineral", "SODIUM").queryParam("value", "1").queryParam("from", "G").queryParam("to", "MMOL")
                .when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(43.50, 0.005));
    }

    @Test
    void magnesiumMillimoleToMilliequivalents() {
        given().queryParam("mineral", "MAGNESIUM").queryParam("value", "1").queryParam("from", "MMOL").queryParam("to", "MEQ")
                .when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(2.0, 1e-12));
    }

    @Test
    void badConversionParameters() {
        assertViolation(given().queryParam("mineral", "IRON").queryParam("value", "-3").queryParam("from", "OZ")
                        .when().get("/v1/conversions").then(),
                "/v1/conversions", "mineral", "must be one of SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE, PHOSPHORUS, BICARBONATE")
                .body("violations", hasSize(4))
                .body("violations.find { it.field == 'to' }.message", equalTo("is required"));
    }

    @Test
    void phosphorusIsListedWithoutValenceOrMilliequivalents() {
        // Sheet 6: P 30.973761998, "phosphate: express as mmol P", mEq n/a; atomic weights are answered to 8 decimals.
        given().when().get("/v1/minerals")
                .then().statusCode(200)
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.symbol", equalTo("P"))
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.atomicWeight", closeTo(30.973762, 1e-12))
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.valence", nullValue())
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.acceptedUnits", equalTo(List.of("MG", "G", "MMOL")))
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.intakeReference", equalTo(true))
                .body("minerals.find { it.mineral == 'PHOSPHORUS' }.note", containsString("elemental phosphorus"))
                .body("minerals.find { it.mineral == 'SODIUM' }.note", nullValue());
    }

    @Test
    void bicarbonateIsListedWithNoIntakeReferenceAndItsExplanation() {
        // HCO3-: 1.008 + 12.011 + 3 x 15.999 = 61.016 g/mol; the explanation is a design note, tag M, no sheet source.
        given().when().get("/v1/minerals")
                .then().statusCode(200)
                .body("minerals.find { it.mineral == 'BICARBONATE' }.symbol", equalTo("HCO3"))
                .body("minerals.find { it.mineral == 'BICARBONATE' }.atomicWeight", closeTo(61.016, 1e-12))
                .body("minerals.find { it.mineral == 'BICARBONATE' }.acceptedUnits", equalTo(List.of("MG", "G", "MMOL", "MEQ")))
                .body("minerals.find { it.mineral == 'BICARBONATE' }.intakeReference", equalTo(false))
                .body("minerals.find { it.mineral == 'BICARBONATE' }.note", allOf(containsString("kidneys and lungs"),
                        containsString("No intake reference")))
                .body("minerals.find { it.mineral == 'BICARBONATE' }.noteTag", equalTo("M"));
    }

    @Test
    void phosphorusDailyValueInMillimoles() {
        // 1,250 mg (FDA DV, sheet 1.8) / 30.973761998 mg/mmol = 40.357 mmol of elemental phosphorus.
        given().queryParam("mineral", "PHOSPHORUS").queryParam("value", "1250").queryParam("from", "MG")
                .queryParam("to", "MMOL")
                .when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(40.357, 0.0005));
    }

    @Test
    void bicarbonateMillimolesToMilligrams() {
        // 10 mmol x 61.016 mg/mmol = 610.16 mg.
        given().queryParam("mineral", "BICARBONATE").queryParam("value", "10").queryParam("from", "MMOL")
                .queryParam("to", "MG")
                .when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(610.16, 1e-9));
    }

    @Test
    void milliequivalentsOfPhosphorusAreRefusedWithTheReason() {
        assertViolation(given().queryParam("mineral", "PHOSPHORUS").queryParam("value", "10").queryParam("from", "MEQ")
                        .queryParam("to", "MG").when().get("/v1/conversions").then(),
                "/v1/conversions", "from", "charge depends on pH")
                .body("violations", hasSize(1));
        assertViolation(given().queryParam("mineral", "PHOSPHORUS").queryParam("value", "10").queryParam("from", "MG")
                        .queryParam("to", "MEQ").when().get("/v1/conversions").then(),
                "/v1/conversions", "to", "charge depends on pH");
    }

    @Test
    void milliequivalentsOfBicarbonateEqualItsMillimoles() {
        // Issue 26 item 8: HCO3- is monovalent (valence -1), so 10 mmol = 10 mEq = 610.16 mg.
        given().queryParam("mineral", "BICARBONATE").queryParam("value", "10").queryParam("from", "MMOL")
                .queryParam("to", "MEQ").when().get("/v1/conversions")
                .then().statusCode(200)
                .body("result", closeTo(10, 1e-9));
    }
}
