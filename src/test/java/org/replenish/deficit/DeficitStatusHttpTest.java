package org.replenish.deficit;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.replenish.HttpTest;

/** The new statuses and risk fields over HTTP, each response checked against the stored document by HttpTest. */
@QuarkusTest
class DeficitStatusHttpTest extends HttpTest {

    private static final String PATH = "/v1/deficit-estimates";

    @Test
    void kidneyDiseaseAndVomitingOverHttp() {
        // Man 30 y, potassium 2,000 and sodium 1,000 mg/day, kidney disease and vomiting, 45 min of soccer (not
        // prolonged activity, so vomiting is no red flag: issue 25 item 3). Potassium: the AI does not apply (sheet 1.1)
        // -> target set with a clinician, no gap, no percentage. Sodium: vomiting loses sodium -> LOSSES_MAY_BE_MEDICAL,
        // no gap (sheet 7.4: instead of a dietary gap). Calcium: intake unknown -> SWEAT_LOSS_TO_REPLACE. Deficiency
        // risk: vomiting weighs 2 -> HIGH; hyperkalemia risk from kidney disease.
        post(PATH, """
                {"person": {"sex": "MALE", "ageYears": 30},
                 "sessions": [{"durationMinutes": 45, "sport": "SOCCER"}],
                 "dietaryIntake": {"potassium": {"value": 2000, "unit": "MG"}, "sodium": {"value": 1000, "unit": "MG"}},
                 "riskFactors": ["CHRONIC_KIDNEY_DISEASE", "VOMITING"]}
                """)
                .statusCode(200)
                .body("minerals.find { it.mineral == 'POTASSIUM' }.status", equalTo("TARGET_SET_WITH_CLINICIAN"))
                .body("minerals.find { it.mineral == 'POTASSIUM' }.dietGap", nullValue())
                .body("minerals.find { it.mineral == 'POTASSIUM' }.deficitPercentOfTarget", nullValue())
                .body("minerals.find { it.mineral == 'POTASSIUM' }.replenished", nullValue())
                .body("minerals.find { it.mineral == 'SODIUM' }.status", equalTo("LOSSES_MAY_BE_MEDICAL"))
                .body("minerals.find { it.mineral == 'SODIUM' }.dietGap", nullValue())
                .body("safetyPolicy.urgent", equalTo(false))
                .body("minerals.find { it.mineral == 'CALCIUM' }.status", equalTo("SWEAT_LOSS_TO_REPLACE"))
                .body("riskAssessment.deficiencyRiskLevel", equalTo("HIGH"))
                .body("riskAssessment.hyperkalemiaRisk", equalTo(true))
                .body("safety.code", hasItem("LOSSES_MAY_HAVE_A_MEDICAL_CAUSE"));
    }
}
