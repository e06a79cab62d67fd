package org.replenish.potassium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.TestData;
import org.replenish.reference.Basis;
import org.replenish.reference.LifeStage;
import org.replenish.reference.Sex;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.targets.PersonProfile;
import org.replenish.targets.TargetSelector;

/**
 * Issue 11 item 7 on the capsule comparison: the shared safety rules withhold capsule counts also for pregnancy and
 * lactation, age 65 and over and children under 14 (sheet 7.4, design choices tagged M).
 */
class CapsuleLifeStageGateTest {

    private static final CapsuleComparator COMPARATOR = new CapsuleComparator(TestData.DATA, TestData.CONVERTER,
            new TargetSelector(TestData.DATA, TestData.CONVERTER),
            new SafetyEvaluator(TestData.DATA.safetyRules(), TestData.DATA.riskFactors().lifeStageGates()));

    @ParameterizedTest(name = "{0} y {1} {2}: counts withheld = {3}")
    @CsvSource({
        "30, FEMALE, PREGNANT, true", "30, FEMALE, LACTATING, true", "65, MALE, NONE, true", "13, FEMALE, NONE, true",
        "30, FEMALE, NONE, false", "64, MALE, NONE, false", "14, MALE, NONE, false"
    })
    void countsWithheldByLifeStage(double age, Sex sex, LifeStage lifeStage, boolean withheld) {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(null,
                new PersonProfile(sex, age, lifeStage), Basis.NASEM_DRI, null, null, null));
        assertEquals(withheld, c.safety().stream().anyMatch(f -> f.code()
                .equals("POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE")));
        assertEquals(withheld, c.countsWithheld());
        if (withheld) {
            assertNull(c.capsulesToMatchTarget());
            assertTrue(c.safety().get(0).gatesSupplementsFor().contains(org.replenish.units.Mineral.POTASSIUM));
        } else {
            assertNotNull(c.capsulesToMatchTarget());
        }
    }
}
