package org.replenish.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.TestData;
import org.replenish.reference.LimitScope;
import org.replenish.reference.TargetKind;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/**
 * Every row of the sheet's sodium (1.3), calcium (1.6) and chloride (1.4) tables, the EFSA child and 15-17 rows (1.9),
 * and the FDA Daily Values by life stage (1.8), typed in from the sheet, not read from the data file.
 */
class TargetTablesFromTheSheetTest {

    private final TargetSelector selector = new TargetSelector(TestData.DATA, TestData.CONVERTER);

    private MineralTarget target(Basis basis, double age, Sex sex, LifeStage lifeStage, Mineral mineral) {
        return selector.select(new PersonProfile(sex, age, lifeStage), basis, "").of(mineral);
    }

    @ParameterizedTest(name = "NASEM sodium {0} y {1} {2}: AI {3}, CDRR {4}")
    @CsvSource({
        // Sheet 1.3: AI [C] for every row; CDRR ND below 1 year (0 here), [S] for children, [C] from 19 y.
        "0.25, MALE, NONE, 110, 0, C", "0.75, FEMALE, NONE, 370, 0, C",
        "2, MALE, NONE, 800, 1200, S", "6, FEMALE, NONE, 1000, 1500, S", "11, MALE, NONE, 1200, 1800, S",
        "16, FEMALE, NONE, 1500, 2300, S", "16, FEMALE, PREGNANT, 1500, 2300, S", "16, FEMALE, LACTATING, 1500, 2300, S",
        "25, MALE, NONE, 1500, 2300, C", "25, FEMALE, PREGNANT, 1500, 2300, C", "40, FEMALE, LACTATING, 1500, 2300, C",
        "60, MALE, NONE, 1500, 2300, C", "80, FEMALE, NONE, 1500, 2300, C"
    })
    void everyNasemSodiumRow(double age, Sex sex, LifeStage lifeStage, double ai, double cdrr, Confidence cdrrTag) {
        MineralTarget sodium = target(Basis.NASEM_DRI, age, sex, lifeStage, Mineral.SODIUM);
        assertEquals(ai, sodium.amount().mg());
        assertEquals(TargetKind.AI, sodium.kind());
        assertEquals(Confidence.C, sodium.tag());
        if (cdrr == 0) {
            assertNull(sodium.upperLimit());
        } else {
            assertEquals(cdrr, sodium.upperLimit().amount().mg());
            assertEquals(TargetKind.CDRR, sodium.upperLimit().kind());
            assertEquals(cdrrTag, sodium.upperLimit().tag());
        }
    }

    @ParameterizedTest(name = "NASEM calcium {0} y {1} {2}: {3} mg {4}, UL {5}")
    @CsvSource({
        // Sheet 1.6 (IOM 2011).
        "0.25, MALE, NONE, 200, AI, 1000", "0.75, FEMALE, NONE, 260, AI, 1500",
        "2, MALE, NONE, 700, RDA, 2500", "6, FEMALE, NONE, 1000, RDA, 2500",
        "11, MALE, NONE, 1300, RDA, 3000", "16, FEMALE, NONE, 1300, RDA, 3000",
        "16, FEMALE, PREGNANT, 1300, RDA, 3000", "17, FEMALE, LACTATING, 1300, RDA, 3000",
        "25, MALE, NONE, 1000, RDA, 2500", "25, FEMALE, PREGNANT, 1000, RDA, 2500", "45, FEMALE, LACTATING, 1000, RDA, 2500",
        "60, MALE, NONE, 1000, RDA, 2000", "60, FEMALE, NONE, 1200, RDA, 2000",
        "75, MALE, NONE, 1200, RDA, 2000", "75, FEMALE, NONE, 1200, RDA, 2000"
    })
    void everyNasemCalciumRow(double age, Sex sex, LifeStage lifeStage, double value, TargetKind kind, double ul) {
        MineralTarget calcium = target(Basis.NASEM_DRI, age, sex, lifeStage, Mineral.CALCIUM);
        assertEquals(value, calcium.amount().mg());
        assertEquals(kind, calcium.kind());
        assertEquals(ul, calcium.upperLimit().amount().mg());
        assertEquals(LimitScope.TOTAL_INTAKE, calcium.upperLimit().scope());
    }

    @ParameterizedTest(name = "NASEM chloride {0} y {1} {2}: AI {3}, UL {4} [{5}]")
    @CsvSource({
        // Sheet 1.4 (IOM 2005): AI [C]; UL ND [M] for infants (0 here), children [M], from 14 y 3,600 [S].
        "0.25, MALE, NONE, 180, 0, M", "0.75, FEMALE, NONE, 570, 0, M",
        "2, MALE, NONE, 1500, 2300, M", "6, FEMALE, NONE, 1900, 2900, M", "11, MALE, NONE, 2300, 3400, M",
        "16, FEMALE, NONE, 2300, 3600, S", "16, FEMALE, PREGNANT, 2300, 3600, S", "30, FEMALE, LACTATING, 2300, 3600, S",
        "45, MALE, NONE, 2300, 3600, S", "60, FEMALE, NONE, 2000, 3600, S", "75, MALE, NONE, 1800, 3600, S"
    })
    void everyNasemChlorideRow(double age, Sex sex, LifeStage lifeStage, double ai, double ul, Confidence ulTag) {
        MineralTarget chloride = target(Basis.NASEM_DRI, age, sex, lifeStage, Mineral.CHLORIDE);
        assertEquals(ai, chloride.amount().mg());
        assertEquals(TargetKind.AI, chloride.kind());
        if (ul == 0) {
            assertNull(chloride.upperLimit());
        } else {
            assertEquals(ul, chloride.upperLimit().amount().mg());
            assertEquals(ulTag, chloride.upperLimit().tag());
        }
    }

    @ParameterizedTest(name = "EFSA {4} {0} y {1} {2} = {3} mg {5}")
    @CsvSource({
        // Sheet 1.9. Potassium AI: 7-11 mo 750, 1-3 y 800, 4-6 y 1,100, 7-10 y 1,800, 11-14 y 2,700, 15-17 y 3,500.
        "0.75, MALE, NONE, 750, POTASSIUM, AI", "2, FEMALE, NONE, 800, POTASSIUM, AI", "3, MALE, NONE, 800, POTASSIUM, AI",
        "5, FEMALE, NONE, 1100, POTASSIUM, AI", "8, MALE, NONE, 1800, POTASSIUM, AI", "10, FEMALE, NONE, 1800, POTASSIUM, AI",
        "12, MALE, NONE, 2700, POTASSIUM, AI", "14, FEMALE, NONE, 2700, POTASSIUM, AI", "16, MALE, NONE, 3500, POTASSIUM, AI",
        // Magnesium AI: 7-11 mo 80, 1-<3 y 170, 3-<10 y 230, 10-<18 y boys 300, girls 250.
        "0.75, FEMALE, NONE, 80, MAGNESIUM, AI", "2, MALE, NONE, 170, MAGNESIUM, AI", "3, FEMALE, NONE, 230, MAGNESIUM, AI",
        "9, MALE, NONE, 230, MAGNESIUM, AI", "10, MALE, NONE, 300, MAGNESIUM, AI", "10, FEMALE, NONE, 250, MAGNESIUM, AI",
        "17, MALE, NONE, 300, MAGNESIUM, AI", "17, FEMALE, NONE, 250, MAGNESIUM, AI",
        // Sodium: 7-11 mo AI 200; from 1 y "safe and adequate": 1-3 y 1,100, 4-6 y 1,300, 7-10 y 1,700, 11-17 y 2,000.
        "0.75, MALE, NONE, 200, SODIUM, AI", "2, FEMALE, NONE, 1100, SODIUM, SAFE_AND_ADEQUATE",
        "3, MALE, NONE, 1100, SODIUM, SAFE_AND_ADEQUATE", "5, FEMALE, NONE, 1300, SODIUM, SAFE_AND_ADEQUATE",
        "9, MALE, NONE, 1700, SODIUM, SAFE_AND_ADEQUATE", "10, FEMALE, NONE, 1700, SODIUM, SAFE_AND_ADEQUATE",
        "12, MALE, NONE, 2000, SODIUM, SAFE_AND_ADEQUATE", "16, FEMALE, NONE, 2000, SODIUM, SAFE_AND_ADEQUATE",
        "40, MALE, NONE, 2000, SODIUM, SAFE_AND_ADEQUATE",
        // Chloride 3.1 g from 11 y, safe and adequate.
        "11, FEMALE, NONE, 3100, CHLORIDE, SAFE_AND_ADEQUATE", "16, MALE, NONE, 3100, CHLORIDE, SAFE_AND_ADEQUATE",
        // Issue 12 item 5: pregnancy and lactation at 15-17 y from EFSA, not NASEM. Potassium: adult pregnancy AI
        // 3,500 (= the 15-17 value), lactation 4,000; magnesium: the non-pregnant value of the age, 250; sodium 2,000;
        // chloride 3,100.
        "16, FEMALE, PREGNANT, 3500, POTASSIUM, AI", "16, FEMALE, LACTATING, 4000, POTASSIUM, AI",
        "17, FEMALE, PREGNANT, 250, MAGNESIUM, AI", "17, FEMALE, LACTATING, 250, MAGNESIUM, AI",
        "15, FEMALE, PREGNANT, 2000, SODIUM, SAFE_AND_ADEQUATE", "15, FEMALE, LACTATING, 3100, CHLORIDE, SAFE_AND_ADEQUATE"
    })
    void everyEfsaChildRow(double age, Sex sex, LifeStage lifeStage, double mg, Mineral mineral, TargetKind kind) {
        MineralTarget t = target(Basis.EFSA, age, sex, lifeStage, mineral);
        assertEquals(mg, t.amount().mg());
        assertEquals(kind, t.kind());
        assertEquals(Basis.EFSA, t.basis());
    }

    @ParameterizedTest(name = "EFSA {0} at 16 y {1}: tag {2}")
    @CsvSource({
        // The 15-17 y pregnancy and lactation potassium and magnesium values apply an adult rule to adolescents: M.
        "POTASSIUM, PREGNANT, M", "POTASSIUM, NONE, C", "MAGNESIUM, LACTATING, M", "MAGNESIUM, NONE, C",
        "SODIUM, PREGNANT, C"
    })
    void efsaAdolescentPregnancyTags(Mineral mineral, LifeStage lifeStage, Confidence tag) {
        assertEquals(tag, target(Basis.EFSA, 16, Sex.FEMALE, lifeStage, mineral).tag());
    }

    @ParameterizedTest(name = "FDA DV {3} {0} y {1} = {2} mg [{4}]")
    @CsvSource({
        // Sheet 1.8, Daily Values by life stage: children 1-3 y, adults and children 4 y and over, pregnancy and
        // lactation. The 4+ values are [S]; the children's and pregnancy values are [M] (appendix A).
        "2, NONE, 3000, POTASSIUM, M", "2, NONE, 80, MAGNESIUM, M", "2, NONE, 700, CALCIUM, M",
        "2, NONE, 1500, SODIUM, M", "2, NONE, 1500, CHLORIDE, M",
        "30, NONE, 4700, POTASSIUM, S", "30, NONE, 420, MAGNESIUM, S", "30, NONE, 1300, CALCIUM, S",
        "30, NONE, 2300, SODIUM, S", "30, NONE, 2300, CHLORIDE, S", "5, NONE, 4700, POTASSIUM, S",
        "30, PREGNANT, 5100, POTASSIUM, M", "30, LACTATING, 5100, POTASSIUM, M", "30, PREGNANT, 400, MAGNESIUM, M",
        "16, LACTATING, 400, MAGNESIUM, M", "30, PREGNANT, 1300, CALCIUM, M", "30, LACTATING, 2300, SODIUM, M",
        "30, PREGNANT, 2300, CHLORIDE, M"
    })
    void fdaDailyValuesByLifeStage(double age, LifeStage lifeStage, double mg, Mineral mineral, Confidence tag) {
        MineralTarget t = target(Basis.FDA_DAILY_VALUE, age, Sex.FEMALE, lifeStage, mineral);
        assertEquals(mg, t.amount().mg());
        assertEquals(TargetKind.DV, t.kind());
        assertEquals(tag, t.tag());
        assertEquals(tag == Confidence.M ? "CFR101.9-LIFE-STAGES" : "FDA2016", t.sourceId());
    }
}
