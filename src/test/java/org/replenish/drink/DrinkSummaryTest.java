package org.replenish.drink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.drink.DrinkCheckerTest.CHECKER;
import static org.replenish.drink.Labels.gatorade;
import static org.replenish.drink.Labels.mg;
import static org.replenish.drink.Labels.minerals;
import static org.replenish.drink.Labels.perLiter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.Sessions;
import org.replenish.targets.PersonProfile;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeUnit;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sex;

/**
 * Issue 26 item 7: a drink answer says what it judges, each part on its own: the daily targets (which a sports drink is
 * not meant to meet: food is), the session's losses, the composition guidance; and conservative wording for a
 * potassium-rich drink when the person's risk factors are not known (sheet 7.5).
 */
class DrinkSummaryTest {

    private static final PersonProfile MAN_30 = new PersonProfile(Sex.MALE, 30.0, null);

    @Test
    void theThreeAnswersStayApart() {
        // Sports drink, 75 mg potassium and 270 mg sodium per 20 US fl oz = 591.47 mL (sheet 3.4); 1 L drunk over 2 h at
        // 1.2 L/h (2.4 L of sweat, so all 1 L counts). Potassium: 1,000 x 75 / 591.47 = 126.8 mg of the 3,400 mg AI =
        // 3.7 %. Sodium: 1,000 x 270 / 591.47 = 456.5 mg of 2.4 L x 35.9 mmol/L x 22.98977 = 1,980.8 mg lost = 23.0 %
        // (written "23"). Potassium lost: 2.4 x 5 x 39.0983 = 469.2 mg; 126.8 / 469.2 = 27.0 % ("27").
        DrinkAdequacyCheck c = CHECKER.check(new DrinkCheckRequest(gatorade(), new VolumeInput(1.0, VolumeUnit.L), null,
                MAN_30, null, Sessions.litresPerHour(Sessions.minutes(120), 1.2), List.of(), null));
        DrinkSummary s = c.summary();
        assertEquals("DAILY_TARGET_SHARES", s.dailyTargets().code());
        assertTrue(s.dailyTargets().text().contains("3.7 % of the potassium target"), s.dailyTargets().text());
        assertTrue(s.dailyTargets().text().contains("not meant to meet the daily potassium and magnesium targets"));
        assertEquals("SESSION_LOSS_SHARES", s.sessionLosses().code());
        assertTrue(s.sessionLosses().text().contains("23 % of the sodium lost"), s.sessionLosses().text());
        assertTrue(s.sessionLosses().text().contains("27 % of the potassium lost"), s.sessionLosses().text());
        assertEquals("COMPOSITION_AGAINST_GUIDANCE", s.composition().code());
        assertEquals("SPORTS_DRINK", s.composition().parameters().get("category"));
        assertNull(s.caution(), "the person said no risk factors apply");
    }

    @Test
    void withoutASessionNoLossIsJudged() {
        DrinkAdequacyCheck c = CHECKER.check(new DrinkCheckRequest(gatorade(), null, null, MAN_30, null, null, null, null));
        assertEquals("SESSION_NOT_GIVEN", c.summary().sessionLosses().code());
    }

    @Test
    void aPotassiumRichDrinkGetsACautionWhenTheRisksAreNotKnown() {
        // Coconut water, 2,500 mg potassium per litre = 2,500 / 39.0983 = 63.9 mmol/L, above ACSM's 5 mEq/L. Risk
        // factors absent: not known, so the caution; an empty list: none apply, so none.
        DrinkLabel coconut = perLiter(240, minerals(mg(1050), mg(2500), mg(250), null, null), null);
        DrinkAdequacyCheck unknown = CHECKER.check(new DrinkCheckRequest(coconut, null, null, MAN_30, null, null, null,
                null));
        assertEquals("POTASSIUM_RICH_RISK_UNKNOWN", unknown.summary().caution().code());
        assertEquals("63.9", unknown.summary().caution().parameters().get("potassiumMmolPerL"));
        assertNull(CHECKER.check(new DrinkCheckRequest(coconut, null, null, MAN_30, null, null, List.of(), null))
                .summary().caution());
    }

    @Test
    void aTargetTheSafetyPolicyWithholdsIsNotJudged() {
        // Kidney disease: potassium and magnesium targets set with a clinician (issue 25), so no daily share at all.
        DrinkLabel coconut = perLiter(240, minerals(mg(1050), mg(2500), mg(250), null, null), null);
        DrinkAdequacyCheck c = CHECKER.check(new DrinkCheckRequest(coconut, null, null, MAN_30, null, null,
                List.of(RiskFactor.CHRONIC_KIDNEY_DISEASE), null));
        assertEquals("DAILY_TARGET_NOT_JUDGED", c.summary().dailyTargets().code());
    }
}
