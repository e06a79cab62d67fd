package org.replenish.potassium;

import org.replenish.Constraints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.replenish.SheetNumbers.K;
import static org.replenish.SheetNumbers.CL;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.replenish.TestData;
import org.replenish.safety.SafetyFlag;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.validation.Violation;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sex;

/** Worked examples of sheet 4.2 and salt fractions from atomic weights, computed here by hand. */
class CapsuleComparatorTest {

    // IUPAC 2013 conventional atomic weights of the light elements in salt formulas (K and Cl: SheetNumbers).
    static final double H = 1.008;
    static final double C = 12.011;
    static final double N = 14.007;
    static final double O = 15.999;

    static final CapsuleComparator COMPARATOR = new CapsuleComparator(TestData.DATA, TestData.POTASSIUM,
            TestData.CONVERTER, TestData.TARGETS, TestData.SAFETY, TestData.SWEAT, TestData.SYMPTOM_NOTES);

    static AmountInput mg(double value) {
        return new AmountInput(value, AmountUnit.MG);
    }

    static CapsuleComparison target(double targetMg) {
        return COMPARATOR.compare(new CapsuleComparisonRequest(mg(targetMg), null, null, null, null, null, null, null));
    }

    static CapsuleComparison person(Sex sex, Basis basis) {
        return COMPARATOR.compare(new CapsuleComparisonRequest(null, new PersonProfile(sex, 30.0, null), basis, null, null, null, null, null));
    }

    static CapsuleComparison product(PotassiumProduct product) {
        return COMPARATOR.compare(new CapsuleComparisonRequest(mg(4700), null, null, mg(3200), product, null, null, null));
    }

    static PotassiumProduct salt(PotassiumCompound compound, double massMg, ProductForm form) {
        return new PotassiumProduct(null, new SaltAmount(compound, mg(massMg)), null, form);
    }

    @Test
    void dailyValueTarget() {
        CapsuleComparison c = target(4700);
        assertEquals(99.0 / 4700 * 100, c.capsuleShareOfTargetPercent(), 1e-12);
        assertEquals(2.1, c.capsuleShareOfTargetPercent(), 0.05);
        assertEquals(47.5, c.targetAsMultipleOfCapsule(), 0.05);
        assertNull(c.gap());
        assertEquals(99, c.capsuleLimit().limit().mg());
        assertEquals(2.53, c.capsuleLimit().limit().mmol(), 0.005);
    }

    @Test
    void man30OnNasem() {
        CapsuleComparison c = person(Sex.MALE, Basis.NASEM_DRI);
        assertEquals(3400, c.target().amount().mg());
        assertEquals(2.9, c.capsuleShareOfTargetPercent(), 0.05);
        assertEquals(34.3, c.targetAsMultipleOfCapsule(), 0.05);
        assertEquals("NASEM2019", c.target().sourceId());
    }

    @Test
    void woman30OnNasem() {
        CapsuleComparison c = person(Sex.FEMALE, Basis.NASEM_DRI);
        assertEquals(2600, c.target().amount().mg());
        assertEquals(3.8, c.capsuleShareOfTargetPercent(), 0.05);
    }

    @Test
    void personDefaultsToTheNasemAdequateIntake() {
        // Sheet 1.10/7.2: a person's target is the NASEM 2019 AI; sheet 1.1, woman 19-30 y: 2,600 mg.
        // 99 / 2,600 = 3.81 % (sheet 4.2: 3.8 %).
        CapsuleComparison c = person(Sex.FEMALE, null);
        assertEquals(2600, c.target().amount().mg());
        assertEquals(Basis.NASEM_DRI, c.target().basis());
        assertEquals("NASEM2019", c.target().sourceId());
        assertEquals(3.8, c.capsuleShareOfTargetPercent(), 0.05);
        assertTrue(c.assumptions().isEmpty());
    }

    @Test
    void theDailyValueIsNoPersonsTarget() {
        // Issue 26 item 3, sheet 1.10: the 4,700 mg DV is for a label's %DV; a person's target is the DRI.
        assertEquals("basis", violations(new CapsuleComparisonRequest(null, new PersonProfile(Sex.FEMALE, 30.0, null),
                Basis.FDA_DAILY_VALUE, null, null, null, null, null)).get(0).field());
    }

    @Test
    void neitherTargetNorPersonComparesWithTheLabelDailyValue() {
        // Sheet 1.8: 4,700 mg, the label reference; sheet 4.2: 99 mg is 2.1 % of it and 47.5 capsules' worth.
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(null, null, null, null, null, null, null, null));
        assertEquals(4700, c.target().amount().mg());
        assertEquals(Basis.FDA_DAILY_VALUE, c.target().basis());
        assertEquals(47.5, c.targetAsMultipleOfCapsule(), 0.05);
        assertEquals(List.of("LABEL_DAILY_VALUE_TARGET"), c.assumptions().stream().map(a -> a.code()).toList());
        assertTrue(c.assumptions().get(0).message().contains("not a personal target"));
        CapsuleComparison explicit = COMPARATOR.compare(new CapsuleComparisonRequest(null, null, Basis.FDA_DAILY_VALUE,
                null, null, null, null, null));
        assertEquals(4700, explicit.target().amount().mg());
    }

    @Test
    void gatedComparisonRoutesFoodPotassiumToAClinician() {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(null, new PersonProfile(Sex.MALE, 50.0, null),
                null, mg(2000), null, List.of(RiskFactor.CHRONIC_KIDNEY_DISEASE), null, null));
        assertTrue(c.notes().stream().noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("food first")), c.notes().toString());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("capsule and serving counts are withheld")));
        assertTrue(c.foodEquivalents().stream().allMatch(f -> f.portionsToReachTarget() == null && f.portionsToCloseGap() == null));
    }

    @Test
    void gapAfterDiet() {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(mg(4700), null, null, mg(3200), null, null, null, null));
        assertEquals(1500, c.gap().mg());
        assertEquals(15.2, c.gapAsMultipleOfCapsule(), 0.05);
        FoodEquivalent potato = c.foodEquivalents().stream().filter(f -> f.food().startsWith("Potato")).findFirst().orElseThrow();
        assertEquals(941, potato.potassiumPerPortion().mg());
        assertEquals(1500.0 / 941, potato.portionsToCloseGap().exact(), 1e-12);
        assertEquals(1.6, potato.portionsToCloseGap().exact(), 0.05);
        assertEquals(941.0 / 99, potato.capsulesPerPortion(), 1e-12);
        assertEquals("Potato, baked, flesh and skin", c.foodEquivalents().get(0).food(), "largest portion first");
    }

    @Test
    void intakeAboveTargetLeavesNoGap() {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(mg(3400), null, null, mg(5000), null, null, null, null));
        assertEquals(0, c.gap().mg());
        assertEquals(0, c.gapAsMultipleOfCapsule());
    }

    @Test
    void gluconateCapsuleIsWithinTheLimit() {
        ProductAssessment p = product(salt(PotassiumCompound.POTASSIUM_GLUCONATE, 595, ProductForm.CAPSULE)).product();
        assertEquals(99, p.potassiumPerUnit().mg(), 0.5);
        assertFalse(p.exceedsCapsuleLimit());
    }

    @Test
    void chlorideTabletIsOverTheLimit() {
        ProductAssessment p = product(salt(PotassiumCompound.POTASSIUM_CHLORIDE, 300, ProductForm.TABLET)).product();
        assertEquals(300 * K / (K + CL), p.potassiumPerUnit().mg(), 1e-9);
        assertEquals(157, p.potassiumPerUnit().mg(), 0.5);
        assertTrue(p.exceedsCapsuleLimit());
        assertTrue(p.notes().get(0).contains("201.306"));
    }

    @Test
    void powdersAreOutsideTheLimit() {
        ProductAssessment p = product(new PotassiumProduct(mg(1000), null, null, ProductForm.POWDER)).product();
        assertNull(p.exceedsCapsuleLimit());
        assertTrue(p.notes().get(0).contains("does not apply to powder"));
        assertEquals(1.5, p.gapAsMultipleOfServing(), 1e-12);
    }

    @Test
    void unitsPerServingMultiply() {
        ProductAssessment p = product(new PotassiumProduct(mg(99), null, 3, ProductForm.CAPSULE)).product();
        assertEquals(297, p.potassiumPerServing().mg(), 1e-9);
        assertEquals(1500 / 297.0, p.gapAsMultipleOfServing(), 1e-12);
    }

    @Test
    void saltFractionsFromAtomicWeights() {
        assertFraction(PotassiumCompound.POTASSIUM_GLUCONATE, K / (6 * C + 11 * H + K + 7 * O), 16.7);
        assertFraction(PotassiumCompound.POTASSIUM_CHLORIDE, K / (K + CL), 52.4);
        assertFraction(PotassiumCompound.POTASSIUM_BICARBONATE, K / (K + H + C + 3 * O), 39.1);
    }

    @Test
    void citrateIsReadAsTheMonohydrate() {
        // Sheet 4.2: K3C6H5O7·H2O, M = 3 x 39.0983 + 6 x 12.011 + 7 x 1.008 + 8 x 15.999 = 324.41; 117.29 / 324.41 = 36.16 % K.
        double monohydrate = 3 * K / (3 * K + 6 * C + 7 * H + 8 * O);
        assertFraction(PotassiumCompound.POTASSIUM_CITRATE, monohydrate, 36.16);
        // A "potassium citrate 270 mg" tablet: 270 x 0.3616 = 97.6 mg potassium, below the 100 mg line.
        ProductAssessment p = product(salt(PotassiumCompound.POTASSIUM_CITRATE, 270, ProductForm.TABLET)).product();
        assertEquals(97.6, p.potassiumPerUnit().mg(), 0.05);
        assertFalse(p.exceedsCapsuleLimit());
        assertEquals("K3C6H5O7·H2O", p.saltFormula());
    }

    @Test
    void anhydrousCitrateOnlyWhenAskedFor() {
        // Sheet 4.2: K3C6H5O7, M = 306.39, 38.28 % K; 270 mg would be 103.4 mg potassium, above the 100 mg line.
        double anhydrous = 3 * K / (3 * K + 6 * C + 5 * H + 7 * O);
        assertFraction(PotassiumCompound.POTASSIUM_CITRATE_ANHYDROUS, anhydrous, 38.28);
        ProductAssessment p = product(salt(PotassiumCompound.POTASSIUM_CITRATE_ANHYDROUS, 270, ProductForm.TABLET)).product();
        assertEquals(103.4, p.potassiumPerUnit().mg(), 0.05);
        assertTrue(p.exceedsCapsuleLimit());
    }

    @Test
    void aspartateIsReadAsTheHemihydrate() {
        // Sheet 4.2: potassium aspartate is often the hemihydrate, about 21.7 % K:
        // C4H6KNO4·½H2O, M = 4 x 12.011 + 7 x 1.008 + 39.0983 + 14.007 + 4.5 x 15.999 = 180.20; 39.0983 / 180.20 = 21.70 %.
        assertFraction(PotassiumCompound.POTASSIUM_ASPARTATE, K / (4 * C + 7 * H + K + N + 4.5 * O), 21.7);
        // Anhydrous C4H6KNO4, M = 171.19: 22.84 %.
        assertFraction(PotassiumCompound.POTASSIUM_ASPARTATE_ANHYDROUS, K / (4 * C + 6 * H + K + N + 4 * O), 22.8);
    }

    private static void assertFraction(PotassiumCompound compound, double byHand, double roundedPercent) {
        ProductAssessment p = product(salt(compound, 1000, ProductForm.CAPSULE)).product();
        assertEquals(byHand * 100, p.elementalPotassiumPercent(), 1e-9);
        assertEquals(roundedPercent, p.elementalPotassiumPercent(), 0.05);
        assertEquals(byHand * 1000, p.potassiumPerUnit().mg(), 1e-9);
    }

    @Test
    void saltMassInGrams() {
        CapsuleComparison c = product(new PotassiumProduct(null,
                new SaltAmount(PotassiumCompound.POTASSIUM_CHLORIDE, new AmountInput(0.3, AmountUnit.G)), null, ProductForm.TABLET));
        assertEquals(300 * K / (K + CL), c.product().potassiumPerUnit().mg(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(value = RiskFactor.class, names = {"CHRONIC_KIDNEY_DISEASE", "ACE_INHIBITOR", "ARB",
        "POTASSIUM_SPARING_DIURETIC", "HYPERKALEMIA_HISTORY", "SALT_SUBSTITUTE_USE", "NSAID_REGULAR_USE", "HEART_FAILURE",
        "DIABETES"})
    void aRiskOfExcessWithholdsEveryFigureHeldAgainstTheTarget(RiskFactor factor) {
        // Issue 25 item 2: the target is set with a clinician, so the 4,700 - 3,200 = 1,500 mg gap, the share of one
        // capsule (2.1 %), every multiple and every food portion count are absent.
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(mg(4700), null, null, mg(3200),
                new PotassiumProduct(mg(99), null, null, ProductForm.CAPSULE), List.of(factor), null, null));
        assertTrue(c.safety().stream().map(SafetyFlag::code).anyMatch("POTASSIUM_TARGET_SET_WITH_CLINICIAN"::equals));
        assertTrue(c.countsWithheld());
        assertNull(c.gap());
        assertNull(c.capsuleShareOfTargetPercent());
        assertNull(c.gapAsMultipleOfCapsule());
        assertNull(c.targetAsMultipleOfCapsule());
        assertNull(c.product().gapAsMultipleOfServing());
        assertTrue(c.foodEquivalents().stream().allMatch(f -> f.portionsToCloseGap() == null && f.portionsToReachTarget() == null));
        assertTrue(c.safetyPolicy().excessRiskMinerals().contains(org.replenish.units.Mineral.POTASSIUM));
    }

    @Test
    void lossCausingFactorsWithholdTheGap() {
        // Sheet 7.4 and 5.2: a thiazide causes potassium losses; "losses may be medical; get tested" instead of a gap.
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(mg(4700), null, null, mg(3200), null,
                List.of(RiskFactor.THIAZIDE_DIURETIC), null, null));
        assertEquals(List.of("LOSSES_MAY_HAVE_A_MEDICAL_CAUSE"), c.safety().stream().map(SafetyFlag::code).toList());
        assertTrue(c.countsWithheld());
        assertNull(c.gap());
        assertNull(c.capsuleShareOfTargetPercent());
    }

    @Test
    void theLimitsBasisCarriesTheTagsOfTheSheet() {
        // Sheet 4.1: the 21 CFR 201.306 threshold concerns coated tablets as drugs [C]; the 99 mg supplement ceiling is
        // an industry convention [S].
        CapsuleLimit limit = COMPARATOR.capsuleLimit();
        BasisStatement rule = limit.basisStatements().stream().filter(b -> b.sourceIds().contains("CFR201.306")).findFirst().orElseThrow();
        assertEquals(org.replenish.vocabulary.Confidence.C, rule.tag());
        assertTrue(rule.statement().contains("coated tablets"));
        BasisStatement convention = limit.basisStatements().stream().filter(b -> b.statement().contains("convention"))
                .findFirst().orElseThrow();
        assertEquals(org.replenish.vocabulary.Confidence.S, convention.tag());
        assertFalse(limit.basis().contains("are treated as prescription drugs"));
    }

    @Test
    void noMessageReadsAsADose() {
        CapsuleComparison c = COMPARATOR.compare(new CapsuleComparisonRequest(null, new PersonProfile(Sex.MALE, 30.0, null),
                null, mg(2000), new PotassiumProduct(mg(99), null, 2, ProductForm.CAPSULE), null, null, null));
        java.util.List<String> texts = new java.util.ArrayList<>(c.notes());
        texts.addAll(c.product().notes());
        texts.add(c.capsuleLimit().basis());
        c.capsuleLimit().basisStatements().forEach(b -> texts.add(b.statement()));
        for (String text : texts) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            assertFalse(lower.matches(".*\\b(take|you need|you should)\\b.*"), text);
        }
    }

    @Test
    void notesSayItIsArithmetic() {
        assertTrue(target(4700).notes().get(0).contains("not a recommendation of capsules"));
    }

    private static List<Violation> violations(CapsuleComparisonRequest request) {
        return Constraints.of(request);
    }

    @Test
    void badInput() {
        assertEquals("basis", violations(new CapsuleComparisonRequest(null, null, Basis.NASEM_DRI, null, null, null, null, null)).get(0).field());
        assertEquals("basis", violations(new CapsuleComparisonRequest(mg(4700), null, Basis.FDA_DAILY_VALUE, null, null, null, null, null))
                .get(0).field());
        assertEquals(List.of("person"), Constraints.fields(new CapsuleComparisonRequest(mg(4700),
                new PersonProfile(Sex.MALE, 30.0, null), null, null, null, null, null, null)));
        assertEquals("target.value", violations(new CapsuleComparisonRequest(mg(0), null, null, null, null, null, null, null)).get(0).field());
        assertEquals("target.value", violations(new CapsuleComparisonRequest(new AmountInput(21.0, AmountUnit.G), null, null,
                null, null, null, null, null)).get(0).field());
        assertEquals("product.salt.massPerUnit.unit", violations(withProduct(new PotassiumProduct(null,
                new SaltAmount(PotassiumCompound.POTASSIUM_CHLORIDE, new AmountInput(2.0, AmountUnit.MMOL)), null,
                ProductForm.TABLET))).get(0).field());
        assertEquals(List.of("product.potassiumPerUnit"), Constraints.fields(withProduct(new PotassiumProduct(null, null,
                null, ProductForm.TABLET))));
        assertEquals(List.of("product.salt"), Constraints.fields(withProduct(new PotassiumProduct(mg(99),
                new SaltAmount(PotassiumCompound.POTASSIUM_CHLORIDE, mg(190)), null, ProductForm.TABLET))));
    }

    private static CapsuleComparisonRequest withProduct(PotassiumProduct product) {
        return new CapsuleComparisonRequest(mg(4700), null, null, null, product, null, null, null);
    }
}
