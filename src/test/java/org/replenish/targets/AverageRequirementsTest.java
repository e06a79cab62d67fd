package org.replenish.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.TestData;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/**
 * Issue 26 item 4, first part: the EARs of sheet 8 beside the RDAs (magnesium IOM 1997, calcium IOM 2011, phosphorus
 * IOM 1997), each row as the sheet gives it, with the sheet's tag: magnesium boys and girls 14-18 and men and women 31
 * and over confirmed (C), every other row from the standard summary tables (S).
 */
class AverageRequirementsTest {

    private static MineralTarget target(Mineral mineral, double age, Sex sex, LifeStage lifeStage, Basis basis) {
        return TestData.TARGETS.select(new PersonProfile(sex, age, lifeStage), basis).of(mineral);
    }

    @ParameterizedTest(name = "{0} {1} y {2} {3}: EAR {4} mg ({5})")
    @CsvSource({
        "MAGNESIUM, 2, MALE, NONE, 65, S", "MAGNESIUM, 6, FEMALE, NONE, 110, S", "MAGNESIUM, 11, MALE, NONE, 200, S",
        "MAGNESIUM, 16, MALE, NONE, 340, C", "MAGNESIUM, 16, FEMALE, NONE, 300, C",
        "MAGNESIUM, 25, MALE, NONE, 330, S", "MAGNESIUM, 25, FEMALE, NONE, 255, S",
        "MAGNESIUM, 40, MALE, NONE, 350, C", "MAGNESIUM, 40, FEMALE, NONE, 265, C",
        "MAGNESIUM, 60, MALE, NONE, 350, C", "MAGNESIUM, 60, FEMALE, NONE, 265, C", "MAGNESIUM, 75, MALE, NONE, 350, C",
        "MAGNESIUM, 80, FEMALE, NONE, 265, C",
        "MAGNESIUM, 17, FEMALE, PREGNANT, 335, S", "MAGNESIUM, 25, FEMALE, PREGNANT, 290, S",
        "MAGNESIUM, 40, FEMALE, PREGNANT, 300, S", "MAGNESIUM, 17, FEMALE, LACTATING, 300, S",
        "MAGNESIUM, 25, FEMALE, LACTATING, 255, S", "MAGNESIUM, 40, FEMALE, LACTATING, 265, S",
        "CALCIUM, 2, MALE, NONE, 500, S", "CALCIUM, 6, MALE, NONE, 800, S", "CALCIUM, 11, FEMALE, NONE, 1100, S",
        "CALCIUM, 16, MALE, NONE, 1100, S", "CALCIUM, 25, FEMALE, NONE, 800, S", "CALCIUM, 40, MALE, NONE, 800, S",
        "CALCIUM, 60, MALE, NONE, 800, S", "CALCIUM, 60, FEMALE, NONE, 1000, S", "CALCIUM, 75, MALE, NONE, 1000, S",
        "CALCIUM, 17, FEMALE, PREGNANT, 1100, S", "CALCIUM, 30, FEMALE, LACTATING, 800, S",
        "PHOSPHORUS, 2, MALE, NONE, 380, S", "PHOSPHORUS, 6, FEMALE, NONE, 405, S", "PHOSPHORUS, 11, MALE, NONE, 1055, S",
        "PHOSPHORUS, 16, FEMALE, NONE, 1055, S", "PHOSPHORUS, 25, MALE, NONE, 580, S", "PHOSPHORUS, 40, MALE, NONE, 580, S",
        "PHOSPHORUS, 60, FEMALE, NONE, 580, S", "PHOSPHORUS, 75, FEMALE, NONE, 580, S",
        "PHOSPHORUS, 17, FEMALE, PREGNANT, 1055, S", "PHOSPHORUS, 30, FEMALE, LACTATING, 580, S"
    })
    void theEarsOfSheet8(Mineral mineral, double age, Sex sex, LifeStage lifeStage, double earMg, Confidence tag) {
        AverageRequirement ear = target(mineral, age, sex, lifeStage, Basis.NASEM_DRI).averageRequirement();
        assertEquals(earMg, ear.amount().mg(), 1e-9);
        assertEquals(tag, ear.tag());
    }

    @ParameterizedTest(name = "{0} {1} y on {2}: no EAR")
    @CsvSource({
        // Infants have AIs, not RDAs (sheet 1.5-1.7), so no EAR; potassium, sodium and chloride have AIs only (sheet 8);
        // EFSA gives AIs for magnesium (sheet 1.9).
        "MAGNESIUM, 0.5, NASEM_DRI", "CALCIUM, 0.75, NASEM_DRI", "POTASSIUM, 30, NASEM_DRI", "SODIUM, 30, NASEM_DRI",
        "CHLORIDE, 30, NASEM_DRI", "MAGNESIUM, 30, EFSA"
    })
    void noEarBesideAnAi(Mineral mineral, double age, Basis basis) {
        assertNull(target(mineral, age, Sex.FEMALE, LifeStage.NONE, basis).averageRequirement());
    }
}
