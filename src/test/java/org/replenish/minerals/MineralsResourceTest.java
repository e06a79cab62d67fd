package org.replenish.minerals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.replenish.ProblemAssert.assertViolation;

import io.quarkus.test.junit.QuarkusTest;
import org.replenish.HttpTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MineralsResourceTest extends HttpTest {

    @Test
    void listsTheFiveMineralsWithChemistry() {
        given().when().get("/v1/minerals")
                .then().statusCode(200)
                .body("minerals", hasSize(5))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.symbol", equalTo("Mg"))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.atomicWeight", closeTo(24.305, 1e-9))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.valence", equalTo(2))
                .body("minerals.find { it.mineral == 'CHLORIDE' }.valence", equalTo(-1))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.acceptedUnits", equalTo(java.util.List.of("MG", "G", "MMOL", "MEQ")));
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
                "/v1/conversions", "mineral", "must be one of SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE")
                .body("violations", hasSize(4))
                .body("violations.find { it.field == 'to' }.message", equalTo("is required; must be one of MG, G, MMOL, MEQ"));
    }
}
