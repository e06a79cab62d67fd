package org.replenish.potassium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.TestData;
import org.replenish.targets.PersonProfile;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/**
 * Issue 11 item 7 on the capsule comparison: the shared safety rules withhold capsule counts also for pregnancy and
 * lactation, age 65 and over and children under 14 (sheet 7.4, design choices tagged M).
 */
class CapsuleLifeStageGateTest {

    private static final CapsuleComparator COMPARATOR = new CapsuleComparator(TestData.DATA, TestData.POTASSIUM,
            TestData.CONVERTER, TestData.TARGETS, TestData.SAFETY, TestData.SWEAT, TestData.SYMPTOM_NOTES);

    @ParameterizedTest(name = "{0} y {1} {2}: counts withheld = {3}")
    @CsvSource({
        // Not withheld: the NASEM 2019 AI (sheet 1.1) as a multiple of 99 mg: woman 31-50 2,600 / 99 = 26.26;
        // man 51-70 3,400 / 99 = 34.34; boy 14-18 3,000 / 99 = 30.30. Withheld: no multiple.
        "30, FEMALE, PREGNANT, true, 0", "30, FEMALE, LACTATING, true, 0", "65, MALE, NONE, true, 0",
        "13, FEMALE, NONE, true, 0", "30, FEMALE, NONE, false, 26.26", "64, MALE, NONE, false, 34.34",
        "14, MALE, NONE, false, 30.30"
    })
    void countsWithheldByLifeStage(double age, Sex sex, LifeStage lifeStage, boolean withheld, double multiple) {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(null,
                new PersonProfile(sex, age, lifeStage), Basis.NASEM_DRI, null, null, null, null, null));
        assertEquals(withheld, c.safety().stream().anyMatch(f -> f.code()
                .equals("POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE")));
        assertEquals(withheld, c.countsWithheld());
        if (withheld) {
            assertNull(c.targetAsMultipleOfCapsule());
            assertEquals(org.replenish.reference.PolicyDecision.SUPPLEMENTS_ONLY_WITH_CLINICIAN, c.safety().get(0).decides());
            // The target applies: food portions stay (issue 25 item 2); only counts of capsules or servings go.
            assertTrue(c.foodEquivalents().stream().allMatch(f -> f.portionsToReachTarget() != null));
        } else {
            assertEquals(multiple, c.targetAsMultipleOfCapsule(), 0.005);
        }
    }
}
