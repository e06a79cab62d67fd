package org.replenish.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.drink.DrinkLabel;
import org.replenish.drink.LabelMinerals;
import org.replenish.sweat.EnergyExpended;
import org.replenish.sweat.Environment;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatRateSource;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountSpan;
import org.replenish.units.AmountUnit;
import org.replenish.units.EnergyUnit;
import org.replenish.units.HeightInput;
import org.replenish.units.LengthUnit;
import org.replenish.units.MassInput;
import org.replenish.units.MassUnit;
import org.replenish.units.SpeedInput;
import org.replenish.units.SpeedUnit;
import org.replenish.units.TemperatureInput;
import org.replenish.units.TemperatureUnit;
import org.replenish.units.VolumeInput;
import org.replenish.units.VolumeSpan;
import org.replenish.units.VolumeUnit;
import org.replenish.vocabulary.EnergyKind;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;
import org.replenish.vocabulary.Symptom;

/**
 * Worked plans from sheet 13 (with 2, 3.1, 11 and 12), computed by hand and re-derived by a second reader from the
 * rules alone (closing note of issue 31). Sweat by the workout model (WorkoutSweatModelTest's equations); sweat sodium
 * 35.9 mmol/L (18.2-70.8) x 22.98977 mg/mmol; drinks' sodium 20-30 mEq/L (ACSM 2007).
 */
class SessionPlannerTest {

    static PersonProfile person(Sex sex, double age, double kg, double cm) {
        return new PersonProfile(sex, age, null, new MassInput(kg, MassUnit.KG), new HeightInput(cm, LengthUnit.CM));
    }

    static ExerciseSession session(double minutes, Sport sport, EnergyExpended energy, Environment air) {
        return new ExerciseSession(minutes, sport, energy, air, null, null, null, null, null, null);
    }

    static SessionPlan plan(PersonProfile person, ExerciseSession session, List<DrinkLabel> drinks,
                            List<RiskFactor> riskFactors) {
        return TestData.PLANNER.plan(new SessionPlanRequest(person, null, session, drinks, riskFactors, null));
    }

    private static void assertSpan(VolumeSpan span, double low, double high) {
        assertEquals(low, span.low().mL(), 0.2);
        assertEquals(high, span.high().mL(), 0.2);
    }

    private static void assertSpan(AmountSpan span, double low, double high) {
        assertEquals(low, span.low().mg(), 0.2);
        assertEquals(high, span.high().mg(), 0.2);
    }

    private static DrinkLabel sportsDrink(double sodiumMgPerLitre, Double carbohydrateGramsPerLitre,
                                          Double potassiumMgPerLitre) {
        return new DrinkLabel("Test drink", new VolumeInput(1000.0, VolumeUnit.ML), null,
                new LabelMinerals(new AmountInput(sodiumMgPerLitre, AmountUnit.MG),
                        potassiumMgPerLitre == null ? null : new AmountInput(potassiumMgPerLitre, AmountUnit.MG),
                        null, null, null, null, null),
                carbohydrateGramsPerLitre, null, null, null, null);
    }

    @Test
    void aCyclistForThreeHoursAtTwentyEightDegrees() {
        // 70 kg, 178 cm: A = 1.8711 m2. 1,800 kcal ACTIVE + 70 x 3 = 2,010 kcal / 3 h = 670 kcal/h, M = 416.2 W/m2;
        // 28 °C, 50 %: Ereq = 416.2 + 10.75 x (28 - 36) = 330.2, Pa = 1.889 kPa = 14.17 mmHg, Emax = 8.526 x (44.54 -
        // 14.17) = 258.9; ṁ = 147 + 504.2 - 225.3 = 425.9 g/m2/h; inside every condition (wind assumed does not widen):
        // ± 100 -> 609.8 / 796.9 / 984.0 mL/h. Low is not below half the expected: the ceiling is 796.9 mL/h.
        // 2 % of 70 kg = 1,400 mL over 3 h: aim 796.9 - 466.7 = 330.2 mL/h. Fluid 330.2-796.9 mL/h.
        // Sodium: 796.9 mL x 30 mEq/L x 22.98977 = 549.6 mg/h (below the expected sweat sodium 796.9 x 35.9 x
        // 22.98977 = 657.7); 330.2 x 20 x 22.98977 = 151.8 mg/h. Carbohydrate, 180 min: 30-90 g/h.
        // After: low sweat 609.8 x 3 = 1,829 mL; 1,829 - 796.9 x 3 < 0 and 1,829 - 330.2 x 3 = 839 mL, x 1.5 = 1,258 mL.
        // Sodium with meals: low loss 609.8 x 18.2 x 22.98977 x 3 = 765.4 mg; 765.4 - 549.6 x 3 < 0 and 765.4 -
        // 151.8 x 3 = 309.9 mg.
        SessionPlan plan = plan(person(Sex.MALE, 35, 70, 178), session(180, Sport.CYCLING,
                new EnergyExpended(1800.0, EnergyUnit.KCAL, EnergyKind.ACTIVE),
                new Environment(new TemperatureInput(28.0, TemperatureUnit.C), 50.0, null)),
                List.of(sportsDrink(460, 120.0, null)), List.of());
        assertSpan(plan.before().fourHoursBefore(), 350, 490);
        assertSpan(plan.before().twoHoursBeforeIfUrineDark(), 210, 350);
        DuringSession during = plan.during();
        assertEquals(SweatRateSource.WORKOUT_MODEL, during.sweatRateSource());
        assertEquals(796.9, during.expectedSweatRatePerHour().expected().mL(), 0.2);
        assertSpan(during.fluidPerHour(), 330.2, 796.9);
        assertSpan(during.sodiumPerHour(), 151.8, 549.6);
        assertEquals(30, during.carbohydratePerHour().low().g());
        assertEquals(90, during.carbohydratePerHour().high().g());
        assertEquals(CarbohydrateAdvice.PER_HOUR_MULTIPLE_SUGARS, during.carbohydrateAdvice());
        assertSpan(plan.after().fluid(), 0, 1258.0);
        assertSpan(plan.after().sodiumWithMeals(), 0, 309.9);
        // The drink: 460 mg/L x 330.2-796.9 mL = 151.9-366.6 mg/h, reaching the plan's 151.8; 120 g/L x the same
        // volumes = 39.6-95.6 g/h, reaching 30.
        DrinkPlan drink = plan.drinks().get(0);
        assertSpan(drink.sodiumPerHour(), 151.9, 366.6);
        assertEquals(95.6, drink.carbohydratePerHour().high().g(), 0.1);
        assertTrue(drink.meetsSodium());
        assertTrue(drink.meetsCarbohydrate());
        assertEquals(List.of(), drink.notes());
    }

    @Test
    void aFortyFiveMinuteRunNeedsNoDrinkingNoSodiumAndAtMostAMouthRinse() {
        // 58 kg, 165 cm: A = 1.6349 m2; 8 MET x 58 = 464 kcal/h, M = 329.8 W/m2; air assumed 20 °C, 50 %:
        // Ereq = 329.8 - 172 = 157.8, Emax = 305.0; ṁ = 147 + 241.0 - 265.4 = 122.7 g/m2/h; factor 1.5 (45 min, air
        // assumed): 0 / 200.6 / 445.8 mL/h. The low end is below half the expected: the ceiling is the low end, 0.
        SessionPlan plan = plan(person(Sex.FEMALE, 29, 58, 165), session(45, Sport.RUNNING, null, null), null,
                List.of());
        assertEquals(200.6, plan.during().expectedSweatRatePerHour().expected().mL(), 0.2);
        assertSpan(plan.during().fluidPerHour(), 0, 0);
        assertSpan(plan.during().sodiumPerHour(), 0, 0);
        // 45 minutes is not under 45: small amounts or a mouth rinse (45-75 min), no grams per hour.
        assertEquals(CarbohydrateAdvice.MOUTH_RINSE_OR_SMALL_AMOUNTS, plan.during().carbohydrateAdvice());
        assertEquals(0, plan.during().carbohydratePerHour().high().g());
        assertSpan(plan.before().fourHoursBefore(), 290, 406);
    }

    @Test
    void aFiveHourEvent() {
        // 75 kg, 180 cm: A = 1.9424 m2; 3,500 kcal TOTAL / 5 h = 700 kcal/h, M = 418.8 W/m2; 22 °C, 60 %, 2 m/s:
        // Ereq = 418.8 - 150.5 = 268.3; Pa = 0.6 x 2.643 = 1.586 kPa = 11.89 mmHg; Emax = 8.526 x 32.65 = 278.3;
        // ṁ = 147 + 409.7 - 242.1 = 314.6; factor 1: 416.8 / 611.1 / 805.3 mL/h. Ceiling 611.1; 2 % of 75 kg = 1,500
        // mL over 5 h: aim 611.1 - 300 = 311.1. Sodium: min(611.1 x 30 x 22.98977 = 421.5, 504.3) = 421.5 and
        // 311.1 x 20 x 22.98977 = 143.0 mg/h. After: low sweat 416.8 x 5 = 2,084 mL; 2,084 - 311.1 x 5 = 528.8 mL, x
        // 1.5 = 793.2 mL. Sodium with meals: 174.4 x 5 = 872.0 mg low loss; 872.0 - 143.0 x 5 = 156.9 mg.
        SessionPlan plan = plan(person(Sex.MALE, 40, 75, 180), session(300, Sport.RUNNING,
                new EnergyExpended(3500.0, EnergyUnit.KCAL, EnergyKind.TOTAL),
                new Environment(new TemperatureInput(22.0, TemperatureUnit.C), 60.0, new SpeedInput(2.0, SpeedUnit.M_PER_S))),
                null, List.of());
        assertSpan(plan.during().fluidPerHour(), 311.1, 611.1);
        assertSpan(plan.during().sodiumPerHour(), 143.0, 421.5);
        assertEquals(90, plan.during().carbohydratePerHour().high().g());
        assertSpan(plan.after().fluid(), 0, 793.2);
        assertSpan(plan.after().sodiumWithMeals(), 0, 156.9);
    }

    @Test
    void aTenYearOldsFootballMatchGetsTheYoungAthletesVolumesAndNoAdultFigures() {
        // Under 12 without a measured sweat rate: no sweat estimate (sheet 11), fluid 100-250 mL every 20 min =
        // 300-750 mL/h (AAP 2011); no sodium, no carbohydrate figure, no fluid after (weigh instead);
        // before: 32 kg x 5-7 = 160-224 mL.
        SessionPlan plan = plan(person(Sex.MALE, 10, 32, 140), session(60, Sport.SOCCER, null, null), null, List.of());
        assertEquals(SweatRateSource.NOT_ESTIMATED, plan.during().sweatRateSource());
        assertNull(plan.during().expectedSweatRatePerHour());
        assertSpan(plan.during().fluidPerHour(), 300, 750);
        assertNull(plan.during().sodiumPerHour());
        assertNull(plan.during().carbohydratePerHour());
        assertEquals(CarbohydrateAdvice.NOT_FOR_CHILDREN, plan.during().carbohydrateAdvice());
        assertNull(plan.after().fluid());
        assertSpan(plan.before().fourHoursBefore(), 160, 224);
        assertTrue(plan.notes().stream().anyMatch(n -> n.code().equals("YOUNG_ATHLETES_DRINKING")));
    }

    @Test
    void aKidneyPatientGetsNoPotassiumDrinkWithoutAClinician() {
        // Chronic kidney disease: potassium and magnesium are set with a clinician (the one safety policy); a drink
        // with potassium on its label gets DRINK_POTASSIUM_WITH_CLINICIAN. The walk itself: 3.5 MET x 80 kg = 280
        // kcal/h, M = 166.4 W/m2 at an assumed 20 °C: Ereq = -5.6, Emax = 305.0, ṁ = -127.0 g/m2/h, no sweat expected:
        // fluid 0-0 mL/h. A walk is no athlete's session (sheet 11): 3.5 MET is below the vigorous 6, so no
        // carbohydrate either.
        SessionPlan plan = plan(person(Sex.MALE, 55, 80, 175), session(90, Sport.WALKING, null, null),
                List.of(sportsDrink(200, null, 1880.0)), List.of(RiskFactor.CHRONIC_KIDNEY_DISEASE));
        assertEquals("TARGET_SET_WITH_CLINICIAN", plan.safetyPolicy().minerals().stream()
                .filter(m -> m.mineral().name().equals("POTASSIUM")).findFirst().orElseThrow().decision().name());
        assertSpan(plan.during().fluidPerHour(), 0, 0);
        assertEquals(CarbohydrateAdvice.NOT_FOR_LIGHT_ACTIVITY, plan.during().carbohydrateAdvice());
        assertEquals(0, plan.during().carbohydratePerHour().high().g());
        assertTrue(plan.drinks().get(0).notes().stream().anyMatch(n -> n.code().equals("DRINK_POTASSIUM_WITH_CLINICIAN")));
    }

    @Test
    void aRedFlagGivesNoPlanAtAll() {
        SessionPlan plan = TestData.PLANNER.plan(new SessionPlanRequest(person(Sex.FEMALE, 30, 60, 165), null,
                session(240, Sport.RUNNING, null, null), null, null,
                List.of(Symptom.CONFUSION)));
        assertTrue(plan.safetyPolicy().urgent());
        assertNull(plan.before());
        assertNull(plan.during());
        assertNull(plan.after());
        assertEquals(List.of(), plan.notes());
        assertFalse(plan.safety().isEmpty());
    }
}
