package org.replenish.deficit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.replenish.SheetNumbers.NA;
import static org.replenish.Sessions.litresPerHour;
import static org.replenish.Sessions.minutes;
import static org.replenish.Sessions.replenished;
import static org.replenish.Sessions.sodium;
import static org.replenish.Sessions.sodiumMg;
import static org.replenish.Sessions.sport;
import static org.replenish.deficit.DeficitEstimatorTest.ESTIMATOR;
import static org.replenish.deficit.DeficitEstimatorTest.mineral;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountUnit;
import org.replenish.units.ConcentrationUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;

/**
 * Worked cases of issue 11 items 1-3 and the youth band of item 12, each computed by hand from the sheet: sweat rates
 * 2.1 (Barnes 2019 endurance 1.28 +/- 0.57 L/h, soccer 0.94 +/- 0.38 L/h), whole-body sweat sodium 2.2 (Baker 2016:
 * 35.9, 18.2-70.8 mmol/L), sodium AI 1,500 mg (1.3), magnesium RDA 400 mg and UL 350 mg for men 19-30 (1.5),
 * atomic weight of sodium 22.98977 (6). Listed in docs/worked-cases/deficit.md.
 */
class DeficitBalanceTest {

    private static DeficitEstimateRequest request(PersonProfile person, MineralAmounts intake, AmountInput magnesium,
                                                  org.replenish.sweat.ExerciseSession... sessions) {
        return new DeficitEstimateRequest(person, Basis.NASEM_DRI, List.of(sessions), intake, magnesium, null, null);
    }

    @Test
    void highSodiumIntakeCoversATwoHourRun() {
        // Issue 11 case: man 30 y eats 4,000 mg sodium and runs 2 h (endurance, nothing measured).
        // Volume 2 x 1.28 = 2.56 L (low 2 x 0.71 = 1.42, high 2 x 1.85 = 3.70).
        // Loss expected 2.56 x 35.9 x 22.98977 = 2,112.85 mg; low 1.42 x 18.2 x 22.98977 = 594.15 mg;
        // high 3.70 x 70.8 = 261.96 mmol x 22.98977 = 6,022.40 mg.
        // Deficit = max(0, 1,500 + unreplaced loss - 4,000): expected 0 (1,500 + 2,112.85 = 3,612.85 < 4,000);
        // low 0 (replenishment not reported, so the low end assumes the loss was replaced);
        // high 1,500 + 6,022.40 - 4,000 = 3,522.40 mg = 234.8 % -> classes NONE / NONE / LARGE, status NONE.
        DeficitEstimate e = ESTIMATOR.estimate(DeficitRequests.intake(sodiumMg(4000), sport(minutes(120), Sport.ENDURANCE)));
        MineralDeficit sodium = mineral(e, Mineral.SODIUM);
        assertEquals(2.56 * 35.9 * NA, sodium.sweatLoss().expected().mg(), 1e-6);
        assertEquals(2112.85, sodium.sweatLoss().expected().mg(), 0.01);
        assertEquals(0, sodium.dietGap().mg(), 1e-9);
        assertEquals(0, sodium.deficit().low().mg(), 1e-9);
        assertEquals(0, sodium.deficit().expected().mg(), 1e-9);
        assertEquals(1500 + 3.70 * 70.8 * NA - 4000, sodium.deficit().high().mg(), 1e-6);
        assertEquals(3522.40, sodium.deficit().high().mg(), 0.01);
        assertEquals(DeficitStatus.NONE, sodium.status());
        assertEquals(DeficitSize.NONE, sodium.sizeClasses().low());
        assertEquals(DeficitSize.LARGE, sodium.sizeClasses().high());
    }

    @Test
    void unknownIntakeGivesALossToReplaceWithTheClassesOfTheBand() {
        // Issue 12 case: one hour of soccer, intake unknown, replenishment not reported. Volume 0.94 L (0.56-1.32).
        // Sodium loss: low 0.56 x 18.2 x 22.98977 = 234.31 mg, expected 0.94 x 35.9 x 22.98977 = 775.81 mg
        // (51.7 % of 1,500 -> LARGE), high 1.32 x 70.8 = 93.456 mmol x 22.98977 = 2,148.53 mg (143.2 % -> LARGE).
        // Unreported replenishment: the low end of the unreplaced loss (and so of the deficit) is 0 -> NONE.
        // The status says it is a loss to replace, not a dietary deficiency.
        DeficitEstimate e = ESTIMATOR.estimate(DeficitRequests.sessions(sport(minutes(60), Sport.SOCCER)));
        MineralDeficit sodium = mineral(e, Mineral.SODIUM);
        assertEquals(0.56 * 18.2 * NA, sodium.sweatLoss().low().mg(), 1e-6);
        assertEquals(234.31, sodium.sweatLoss().low().mg(), 0.01);
        assertEquals(0, sodium.deficit().low().mg(), 1e-9);
        assertEquals(775.81, sodium.deficit().expected().mg(), 0.01);
        assertEquals(2148.53, sodium.deficit().high().mg(), 0.01);
        assertEquals(DeficitStatus.SWEAT_LOSS_TO_REPLACE, sodium.status());
        assertEquals(DeficitSize.NONE, sodium.sizeClasses().low());
        assertEquals(DeficitSize.LARGE, sodium.sizeClasses().expected());
        assertEquals(DeficitSize.LARGE, sodium.sizeClasses().high());
        assertNull(sodium.dietGap());
        assertEquals("REPLENISH-DESIGN", sodium.statusSourceId());
        assertTrue(sodium.statusReason().contains("not a dietary deficiency"));
    }

    @Test
    void unreportedReplenishmentIsUnknownNotZero() {
        // Two 1 h sessions at a measured 1.0 L/h and 1,000 mg/L sodium; only session 0 reports 300 mg taken back.
        // Each session: expected 1,000 mg; low 0.875 L x (1,000 - 12 x 22.98977) mg/L = 633.61 mg;
        // high 1.125 L x (1,000 + 275.88) = 1,435.36 mg.
        // Unreplaced low = session 0 only (session 1 assumed replaced): 633.61 - 300 = 333.61 mg.
        // Unreplaced expected = 2,000 - 300 = 1,700 mg; high = 2 x 1,435.36 - 300 = 2,570.73 mg.
        org.replenish.sweat.ExerciseSession measured = sodium(litresPerHour(minutes(60), 1.0), 1000, ConcentrationUnit.MG_PER_L);
        DeficitEstimate e = ESTIMATOR.estimate(DeficitRequests.sessions(replenished(measured, sodiumMg(300)), measured));
        MineralDeficit sodium = mineral(e, Mineral.SODIUM);
        assertEquals(300, sodium.replenished().mg(), 1e-9);
        assertEquals(List.of(1), sodium.replenishmentUnknownInSessions());
        assertEquals(0.875 * (1000 - 12 * NA) - 300, sodium.unreplacedLoss().low().mg(), 1e-6);
        assertEquals(333.61, sodium.unreplacedLoss().low().mg(), 0.01);
        assertEquals(1700, sodium.unreplacedLoss().expected().mg(), 1e-6);
        assertEquals(2 * 1.125 * (1000 + 12 * NA) - 300, sodium.unreplacedLoss().high().mg(), 1e-6);
        // Potassium is reported by no session: replenished is absent, and the low end assumes both were replaced.
        MineralDeficit potassium = mineral(e, Mineral.POTASSIUM);
        assertNull(potassium.replenished());
        assertEquals(List.of(0, 1), potassium.replenishmentUnknownInSessions());
        assertEquals(0, potassium.unreplacedLoss().low().mg(), 1e-9);
        assertTrue(e.assumptions().stream().anyMatch(a -> a.code().equals("REPLENISHMENT_UNKNOWN")));
    }

    @Test
    void fullyReportedReplenishmentLeavesNoSessionUnknown() {
        // One 1 h session at 1.0 L/h and 1,000 mg/L with 1,000 mg of every mineral reported: sodium unreplaced
        // expected 1,000 - 1,000 = 0; low max(0, 633.61 - 1,000) = 0; high 1,435.36 - 1,000 = 435.36 mg.
        AmountInput thousand = new AmountInput(1000.0, AmountUnit.MG);
        DeficitEstimate e = ESTIMATOR.estimate(DeficitRequests.sessions(replenished(
                sodium(litresPerHour(minutes(60), 1.0), 1000, ConcentrationUnit.MG_PER_L),
                new MineralAmounts(thousand, thousand, thousand, thousand, thousand))));
        MineralDeficit sodium = mineral(e, Mineral.SODIUM);
        assertEquals(List.of(), sodium.replenishmentUnknownInSessions());
        assertEquals(0, sodium.unreplacedLoss().expected().mg(), 1e-9);
        assertEquals(1.125 * (1000 + 12 * NA) - 1000, sodium.unreplacedLoss().high().mg(), 1e-6);
        assertFalse(e.assumptions().stream().anyMatch(a -> a.code().equals("REPLENISHMENT_UNKNOWN")));
    }

    @Test
    void supplementalMagnesiumCountsTowardsTheRda() {
        // Man 30 y: RDA 400 mg (sheet 1.5). Diet 250 mg + supplements 100 mg = 350 mg total; gap 400 - 350 = 50 mg
        // = 12.5 % -> MILD (diet alone would be 150 mg = 37.5 %, MODERATE). 100 mg is under the 350 mg UL: no flag.
        DeficitEstimate e = ESTIMATOR.estimate(request(DeficitRequests.MAN_30,
                new MineralAmounts(null, null, new AmountInput(250.0, AmountUnit.MG), null, null),
                new AmountInput(100.0, AmountUnit.MG)));
        MineralDeficit magnesium = mineral(e, Mineral.MAGNESIUM);
        assertEquals(250, magnesium.dietaryIntake().mg(), 1e-9);
        assertEquals(350, magnesium.totalIntake().mg(), 1e-9);
        assertEquals(50, magnesium.dietGap().mg(), 1e-9);
        assertEquals(12.5, magnesium.deficitPercentOfTarget(), 1e-9);
        assertEquals(DeficitStatus.MILD, magnesium.status());
        assertTrue(e.safety().isEmpty());
        assertTrue(e.assumptions().stream().anyMatch(a -> a.code().equals("MAGNESIUM_TOTAL_INTAKE")));
    }

    @Test
    void supplementsAboveTheGapCloseItButOnlyTheSupplementMeetsTheUl() {
        // Diet 300 mg + supplements 400 mg = 700 mg >= 400 mg RDA: gap 0, NONE; 400 mg supplemental > 350 mg UL: CAUTION.
        DeficitEstimate e = ESTIMATOR.estimate(request(DeficitRequests.MAN_30,
                new MineralAmounts(null, null, new AmountInput(300.0, AmountUnit.MG), null, null),
                new AmountInput(400.0, AmountUnit.MG)));
        assertEquals(0, mineral(e, Mineral.MAGNESIUM).dietGap().mg(), 1e-9);
        assertEquals(DeficitStatus.NONE, mineral(e, Mineral.MAGNESIUM).status());
        assertEquals(List.of("SUPPLEMENTAL_MAGNESIUM_ABOVE_UPPER_LIMIT"),
                e.safety().stream().map(org.replenish.safety.SafetyFlag::code).toList());
    }

    @Test
    void underEighteenWithoutMeasurementWidensTheSweatBand() {
        // Boy 15 y, 1 h endurance: adult band 0.71-1.85 L around 1.28 L; the low end is halved for under-18s
        // (design choice): 0.355 L, 1.28 L, 1.85 L. A man of 30 keeps 0.71 L.
        PersonProfile boy = new PersonProfile(Sex.MALE, 15.0, null);
        DeficitEstimate youth = ESTIMATOR.estimate(request(boy, null, null, sport(minutes(60), Sport.ENDURANCE)));
        assertEquals(355, youth.fluid().sweatLoss().low().mL(), 1e-9);
        assertEquals(1280, youth.fluid().sweatLoss().expected().mL(), 1e-9);
        assertEquals(1850, youth.fluid().sweatLoss().high().mL(), 1e-9);
        assertTrue(youth.assumptions().stream().anyMatch(a -> a.code().equals("YOUTH_SWEAT_BAND_WIDENED")));
        DeficitEstimate adult = ESTIMATOR.estimate(DeficitRequests.sessions(sport(minutes(60), Sport.ENDURANCE)));
        assertEquals(710, adult.fluid().sweatLoss().low().mL(), 1e-9);
        assertFalse(adult.assumptions().stream().anyMatch(a -> a.code().equals("YOUTH_SWEAT_BAND_WIDENED")));
        // A measured rate is not widened: 1 h at 1.0 L/h keeps 0.875-1.125 L.
        DeficitEstimate measured = ESTIMATOR.estimate(request(boy, null, null, litresPerHour(minutes(60), 1.0)));
        assertEquals(875, measured.fluid().sweatLoss().low().mL(), 1e-9);
    }
}
