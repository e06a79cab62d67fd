package org.replenish.sweat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.replenish.Sessions.minutes;
import static org.replenish.Sessions.sport;
import static org.replenish.Sessions.workout;

import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.units.EnergyUnit;
import org.replenish.units.SpeedInput;
import org.replenish.units.SpeedUnit;
import org.replenish.units.TemperatureInput;
import org.replenish.units.TemperatureUnit;
import org.replenish.vocabulary.EnergyKind;
import org.replenish.vocabulary.Sport;

/**
 * Invariants of the workout sweat model over generated sessions (issue 29 item 5): more energy, hotter or more humid
 * air and a bigger body never give less sweat within the validated conditions; cooler air gives less on each side of
 * the 20 °C switch and at most the intercepts' difference more across it; °F equals °C; the band holds the estimate.
 */
class WorkoutSweatPropertiesTest {

    private static final WorkoutSweatModel MODEL = TestData.WORKOUT;
    /** Gonzalez 2012's cool intercept minus Gonzalez 2009's, g/m2/h: the most the switch may add. */
    private static final double INTERCEPT_STEP = 350 - 147;

    private static double litresPerHour(double kcal, double celsius, double humidity, double kg, double cm) {
        ExerciseSession session = workout(sport(minutes(180), Sport.RUNNING),
                new EnergyExpended(kcal, EnergyUnit.KCAL, EnergyKind.TOTAL),
                new Environment(new TemperatureInput(celsius, TemperatureUnit.C), humidity,
                        new SpeedInput(1.0, SpeedUnit.M_PER_S)));
        return MODEL.estimate(session, kg, cm).litresPerHour().expected();
    }

    private static double byMet(double kg, double cm) {
        return MODEL.estimate(workout(sport(minutes(180), Sport.RUNNING), null,
                new Environment(new TemperatureInput(30.0, TemperatureUnit.C), 50.0, null)), kg, cm)
                .litresPerHour().expected();
    }

    @Test
    void moreEnergyNeverGivesLessSweat() {
        qt().forAll(doubles().between(300, 2000), doubles().between(0, 500), doubles().between(15, 46))
                .check((kcal, more, celsius) -> litresPerHour(kcal + more, celsius, 50, 70, 175)
                        >= litresPerHour(kcal, celsius, 50, 70, 175));
    }

    @Test
    void hotterAirGivesMoreSweatOnEachSideOfTheSwitch() {
        qt().forAll(doubles().between(20, 45), doubles().between(0, 1), doubles().between(10, 60))
                .check((celsius, warmer, humidity) -> litresPerHour(2400, celsius + warmer, humidity, 70, 175)
                        >= litresPerHour(2400, celsius, humidity, 70, 175));
        qt().forAll(doubles().between(15, 16.5), doubles().between(0, 0.5), doubles().between(10, 60))
                .check((celsius, warmer, humidity) -> litresPerHour(2400, celsius + warmer, humidity, 70, 175)
                        >= litresPerHour(2400, celsius, humidity, 70, 175));
    }

    @Test
    void acrossTheSwitchCoolerAirAddsAtMostTheInterceptsDifference() {
        // Within the blend (17-20 °C) cooler air may give more sweat (the cool-air intercept is higher), but never more
        // than 203 g/m2/h x body surface area, and no step: 0.01 °C moves the estimate by at most 203/3 x 0.01 g/m2/h
        // plus the equation's own slope (below 25 g/m2/h per °C here), x 1.85 m2.
        double area = 0.007184 * Math.pow(70, 0.425) * Math.pow(175, 0.725);
        qt().forAll(doubles().between(16, 21), doubles().between(0, 5), doubles().between(10, 60))
                .check((celsius, warmer, humidity) -> litresPerHour(2400, celsius, humidity, 70, 175)
                        - litresPerHour(2400, Math.min(celsius + warmer, 46), humidity, 70, 175)
                        <= INTERCEPT_STEP * area / 1000 + 1e-9);
        qt().forAll(doubles().between(16.5, 20.5), doubles().between(10, 60))
                .check((celsius, humidity) -> Math.abs(litresPerHour(2400, celsius + 0.01, humidity, 70, 175)
                        - litresPerHour(2400, celsius, humidity, 70, 175))
                        <= (INTERCEPT_STEP / 3 + 25) * 0.01 * area / 1000);
    }

    @Test
    void moreHumidAirGivesMoreSweat() {
        qt().forAll(doubles().between(15, 40), doubles().between(5, 80), doubles().between(0, 20))
                .check((celsius, humidity, more) -> litresPerHour(2400, celsius, humidity + more, 70, 175)
                        >= litresPerHour(2400, celsius, humidity, 70, 175));
    }

    @Test
    void aBiggerBodyDoingTheSameActivityGivesMoreSweat() {
        // Without energy the metabolic rate is the activity's MET x body mass, which grows faster than the surface.
        qt().forAll(doubles().between(50, 110), doubles().between(0, 20), doubles().between(160, 195))
                .check((kg, heavier, cm) -> byMet(kg + heavier, cm) >= byMet(kg, cm));
    }

    @Test
    void fahrenheitGivesWhatCelsiusGives() {
        qt().forAll(doubles().between(-40, 60), doubles().between(0, 100)).checkAssert((celsius, humidity) -> {
            ExerciseSession inC = workout(sport(minutes(120), Sport.HIKING), null,
                    new Environment(new TemperatureInput(celsius, TemperatureUnit.C), humidity, null));
            ExerciseSession inF = workout(sport(minutes(120), Sport.HIKING), null,
                    new Environment(new TemperatureInput(celsius * 9 / 5 + 32, TemperatureUnit.F), humidity, null));
            assertEquals(MODEL.estimate(inC, 70, 175).litresPerHour().expected(),
                    MODEL.estimate(inF, 70, 175).litresPerHour().expected(), 1e-9);
        });
    }

    @Test
    void theBandHoldsTheEstimateAndNothingIsNegative() {
        // The wind (0-30 m/s) rides on the humidity's draw: QuickTheories takes at most four sources.
        qt().forAll(doubles().between(1, 1440), doubles().between(20, 5000), doubles().between(-40, 60),
                        doubles().between(0, 100))
                .checkAssert((minutes, kcal, celsius, humidity) -> {
                    WorkoutEstimate e = MODEL.estimate(workout(sport(minutes(minutes), Sport.OTHER),
                            new EnergyExpended(kcal, EnergyUnit.KCAL, EnergyKind.ACTIVE),
                            new Environment(new TemperatureInput(celsius, TemperatureUnit.C), humidity,
                                    new SpeedInput(humidity * 0.3, SpeedUnit.M_PER_S))), 70, 175);
                    assertTrue(0 <= e.litresPerHour().low());
                    assertTrue(e.litresPerHour().low() <= e.litresPerHour().expected());
                    assertTrue(e.litresPerHour().expected() < e.litresPerHour().high());
                    assertTrue(Double.isFinite(e.litresPerHour().high()));
                });
    }
}
