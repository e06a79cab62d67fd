package org.replenish.codes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

@QuarkusTest
class CodesResourceTest extends HttpTest {

    @Test
    void servesEveryOpenSetWithItsCodesAndParameters() {
        given().when().get("/v1/codes")
                .then().statusCode(200)
                .body("sets.set", equalTo(List.of("ASSUMPTION", "DRINK_WARNING", "SAFETY_FLAG", "NOTE", "TARGET_NOTE",
                        "REASON", "LIFE_STAGE_GROUP", "CATEGORY_RULE", "SUMMARY")))
                .body("sets.open", equalTo(List.of(true, true, true, true, true, true, true, true, true)))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.code",
                        hasItems("POTASSIUM_TARGET_SET_WITH_CLINICIAN", "CHLORIDE_INTAKE_ABOVE_UPPER_LIMIT"))
                .body("sets.find { it.set == 'DRINK_WARNING' }.codes.find { it.code == 'OVERDRINKING_RISK' }.parameters",
                        equalTo(List.of("consumedMl", "sweatMl")))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.find { it.code == "
                        + "'POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE' }.parameters",
                        equalTo(List.of("olderAdultFromAgeYears", "childBelowAgeYears")))
                .body("sets.find { it.set == 'SAFETY_FLAG' }.codes.find { it.code == 'SIGNS_NEED_A_CLINICIAN' }.parameters",
                        equalTo(List.of()));
    }
}
