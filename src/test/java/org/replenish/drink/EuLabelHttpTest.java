package org.replenish.drink;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** Issue 30 items 1 and 6 over HTTP: an EU label per 100 mL with salt, and the faults a label can have. */
@QuarkusTest
class EuLabelHttpTest extends HttpTest {

    private static final String PATH = "/v1/drink-adequacy-checks";

    private static String label(String per100mL) {
        return "{\"drink\": {\"servingVolume\": {\"value\": 500, \"unit\": \"ML\"}, \"per100mL\": " + per100mL + "}}";
    }

    @Test
    void anEuLabelIsRead() {
        // 0.13 g salt/100 mL = 520 mg/L sodium (sheet 9); magnesium 30 mg/100 mL = 8 % of 375 mg: SOURCE.
        post(PATH, label("{\"salt\": {\"value\": 0.13, \"unit\": \"G\"}, \"magnesium\": {\"value\": 30, \"unit\": \"MG\"}}"))
                .statusCode(200)
                .body("minerals.find { it.mineral == 'SODIUM' }.concentration.mgPerL", closeTo(520.0, 1e-9))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.percentReferenceIntakePer100mL", closeTo(8.0, 1e-9))
                .body("minerals.find { it.mineral == 'MAGNESIUM' }.euClaim", equalTo("SOURCE"))
                .body("euSodiumClaim", equalTo("LOW_SODIUM"));
    }

    @Test
    void saltBesideSodiumIsARuleNamingSalt() {
        post(PATH, label("{\"salt\": {\"value\": 0.13, \"unit\": \"G\"}, \"sodium\": {\"value\": 52, \"unit\": \"MG\"}}"))
                .statusCode(400)
                .body("violations.find { it.field == 'drink.per100mL.salt' }.code", equalTo("RULE"))
                .body("violations.find { it.field == 'drink.per100mL.salt' }.parameters.rule", equalTo("SALT_OR_SODIUM"))
                .body("violations.find { it.field == 'drink.per100mL.salt' }.message",
                        equalTo("is the label's statement of sodium: give salt or sodium, not both"));
    }

    @Test
    void saltAbovePlausibleIsOutOfRangeWithItsLimit() {
        // Sodium's plausible maximum is 500 mmol/L: 500 x 22.98977 = 11,494.9 mg/L = 28.74 g salt/L (/ 400 mg/g).
        // 3 g salt/100 mL = 30 g/L, above it.
        post(PATH, label("{\"salt\": {\"value\": 3, \"unit\": \"G\"}}"))
                .statusCode(400)
                .body("violations.find { it.field == 'drink.per100mL.salt.value' }.code", equalTo("OUT_OF_RANGE"))
                .body("violations.find { it.field == 'drink.per100mL.salt.value' }.parameters.max", equalTo("28.74"))
                .body("violations.find { it.field == 'drink.per100mL.salt.value' }.parameters.unit", equalTo("g/L"))
                .body("violations.find { it.field == 'drink.per100mL.salt.value' }.message",
                        equalTo("is above any plausible drink: more than 28.74 g of salt per litre once converted"));
    }

    @Test
    void moreThanOneLabelFormIsARule() {
        post(PATH, "{\"drink\": {\"servingVolume\": {\"value\": 500, \"unit\": \"ML\"}, "
                + "\"perLiter\": {\"sodium\": {\"value\": 500, \"unit\": \"MG\"}}, "
                + "\"per100mL\": {\"sodium\": {\"value\": 50, \"unit\": \"MG\"}}}}")
                .statusCode(400)
                .body("violations.find { it.field == 'drink.per100mL' }.parameters.rule", equalTo("ONLY_ONE_OF"))
                .body("violations.find { it.field == 'drink.per100mL' }.message",
                        equalTo("give exactly one of perServing, perLiter or per100mL, not more than one"));
    }
}
