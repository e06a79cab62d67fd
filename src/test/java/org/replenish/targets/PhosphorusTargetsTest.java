package org.replenish.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
 * Phosphorus targets and upper limits (issue 17), typed in from the sheet's sections 1.7 (IOM 1997) and 1.8 (FDA
 * Daily Values), not read from the data file; and bicarbonate, which has no intake reference, is never a target.
 */
class PhosphorusTargetsTest {

    private final TargetSelector selector = new TargetSelector(TestData.DATA, TestData.CONVERTER);

    private SelectedTargets select(Basis basis, double age, Sex sex, LifeStage lifeStage) {
        return selector.select(new PersonProfile(sex, age, lifeStage), basis);
    }

    @ParameterizedTest(name = "NASEM phosphorus {0} y {1} {2}: {3} mg {4}, UL {5}")
    @CsvSource({
        // Sheet 1.7, one age inside every band of the service, both sexes where the sheet has no sex split;
        // value, kind, UL in mg/d (0 = ND). Every value is tagged [C] in the sheet.
        // 0-6 mo AI 100, 7-12 mo AI 275, UL ND
        "0.25, MALE, NONE, 100, AI, 0", "0.75, FEMALE, NONE, 275, AI, 0",
        // 1-3 y RDA 460, UL 3,000; 4-8 y RDA 500, UL 3,000
        "2, MALE, NONE, 460, RDA, 3000", "6, FEMALE, NONE, 500, RDA, 3000",
        // 9-18 y RDA 1,250, UL 4,000
        "11, MALE, NONE, 1250, RDA, 4000", "16, FEMALE, NONE, 1250, RDA, 4000",
        // pregnancy and lactation 14-18 y: RDA 1,250 ("1,250 if 14-18"); UL 3,500 in pregnancy, 4,000 in lactation
        "16, FEMALE, PREGNANT, 1250, RDA, 3500", "17, FEMALE, LACTATING, 1250, RDA, 4000",
        // 19-70 y RDA 700, UL 4,000; pregnancy 19-50 y 700 with UL 3,500, lactation 700 with UL 4,000
        "25, MALE, NONE, 700, RDA, 4000", "25, FEMALE, PREGNANT, 700, RDA, 3500", "45, FEMALE, LACTATING, 700, RDA, 4000",
        "60, FEMALE, NONE, 700, RDA, 4000",
        // >70 y RDA 700, UL 3,000 (IOM 1997 p.188: "UL for Older Adults >70 years 3.0 g")
        "80, MALE, NONE, 700, RDA, 3000"
    })
    void everyNasemPhosphorusRow(double age, Sex sex, LifeStage lifeStage, double expectedMg, TargetKind kind, double ul) {
        MineralTarget phosphorus = select(Basis.NASEM_DRI, age, sex, lifeStage).of(Mineral.PHOSPHORUS);
        assertEquals(expectedMg, phosphorus.amount().mg());
        assertEquals(kind, phosphorus.kind());
        assertEquals("IOM1997", phosphorus.sourceId());
        assertEquals(Confidence.C, phosphorus.tag());
        // Elemental phosphorus, 30.973761998 g/mol (sheet 6); no mEq, since phosphate's charge depends on pH.
        assertEquals(expectedMg / 30.973761998, phosphorus.amount().mmol(), 1e-9);
        assertNull(phosphorus.amount().mEq());
        if (ul == 0) {
            assertNull(phosphorus.upperLimit());
        } else {
            assertEquals(ul, phosphorus.upperLimit().amount().mg());
            assertEquals(TargetKind.UL, phosphorus.upperLimit().kind());
            assertEquals(LimitScope.TOTAL_INTAKE, phosphorus.upperLimit().scope());
            assertEquals(Confidence.C, phosphorus.upperLimit().tag());
        }
    }

    @Test
    void adultPhosphorusInMillimoles() {
        // Sheet 6: 32.29 mmol P per g, so the adult RDA 700 mg is 0.7 x 32.29 = 22.60 mmol.
        MineralTarget phosphorus = select(Basis.NASEM_DRI, 30, Sex.MALE, LifeStage.NONE).of(Mineral.PHOSPHORUS);
        assertEquals(22.60, phosphorus.amount().mmol(), 0.01);
    }

    @ParameterizedTest(name = "FDA phosphorus {0} y {1}: DV {2} mg, tag {3}")
    @CsvSource({
        // Sheet 1.8: adults and children 4 y and over 1,250 mg [S]; the life-stage table's children 1-3 y 460 mg and
        // pregnancy/lactation 1,250 mg are unconfirmed in the CFR text (Appendix A), so tagged M like the other DVs.
        "2, NONE, 460, M", "30, NONE, 1250, S", "30, PREGNANT, 1250, M", "30, LACTATING, 1250, M"
    })
    void fdaPhosphorusDailyValues(double age, LifeStage lifeStage, double dv, Confidence tag) {
        SelectedTargets targets = select(Basis.FDA_DAILY_VALUE, age, Sex.FEMALE, lifeStage);
        MineralTarget phosphorus = targets.of(Mineral.PHOSPHORUS);
        assertEquals(dv, phosphorus.amount().mg());
        assertEquals(TargetKind.DV, phosphorus.kind());
        assertEquals(tag, phosphorus.tag());
        // The DV basis sets no limit: the NASEM UL for the group stands in (4,000 mg at 19-30 y, 3,500 in pregnancy,
        // 3,000 at 1-3 y), named as NASEM_DRI.
        assertEquals(Basis.NASEM_DRI, phosphorus.upperLimit().basis());
        assertEquals(age < 4 ? 3000 : lifeStage == LifeStage.PREGNANT ? 3500 : 4000, phosphorus.upperLimit().amount().mg());
    }

    @Test
    void efsaFallsBackToNasemForPhosphorus() {
        // Sheet 1.9 gives no EFSA phosphorus value: the NASEM RDA (700 mg at 19-70 y) stands in and a note says so,
        // as for calcium.
        SelectedTargets targets = select(Basis.EFSA, 40, Sex.FEMALE, LifeStage.NONE);
        MineralTarget phosphorus = targets.of(Mineral.PHOSPHORUS);
        assertEquals(700, phosphorus.amount().mg());
        assertEquals(Basis.NASEM_DRI, phosphorus.basis());
        assertTrue(targets.notes().stream().anyMatch(n -> n.parameters().containsValue(Mineral.PHOSPHORUS)),
                targets.notes().toString());
    }

    @Test
    void bicarbonateHasNoTargetOnAnyBasis() {
        for (Basis basis : Basis.values()) {
            SelectedTargets targets = select(basis, 30, Sex.MALE, LifeStage.NONE);
            assertNull(targets.of(Mineral.BICARBONATE), basis.name());
            assertFalse(targets.all().stream().anyMatch(t -> t.mineral() == Mineral.BICARBONATE), basis.name());
            assertEquals(6, targets.all().size(), basis + ": five modelled minerals and phosphorus");
        }
    }
}
