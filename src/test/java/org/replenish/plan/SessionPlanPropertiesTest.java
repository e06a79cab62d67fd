package org.replenish.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.replenish.plan.SessionPlannerTest.person;
import static org.replenish.plan.SessionPlannerTest.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.sweat.EnergyExpended;
import org.replenish.sweat.Environment;
import org.replenish.units.EnergyUnit;
import org.replenish.units.TemperatureInput;
import org.replenish.units.TemperatureUnit;
import org.replenish.vocabulary.EnergyKind;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;

/**
 * Issue 31 item 5: for any person, duration and weather, a plan never asks for more fluid per hour than the expected
 * sweat rate, its spans are ordered, its sodium never exceeds the expected sweat sodium, and the fluid after never
 * exceeds 1.5 L per kg of the low end of the sweat.
 */
class SessionPlanPropertiesTest {

    private static final Sport[] SPORTS = {Sport.RUNNING, Sport.CYCLING, Sport.WALKING, Sport.HIIT, Sport.SOCCER,
        Sport.ENDURANCE, Sport.SWIMMING, Sport.OTHER};

    @Test
    void fluidNeverExceedsTheExpectedSweatRate() {
        // Age (12 to 80) and body mass ride on one draw, height on another: QuickTheories takes at most four sources.
        qt().forAll(integers().between(0, 10_000), doubles().between(5, 600), doubles().between(-20, 50),
                        doubles().between(0, 100))
                .checkAssert((seed, minutes, celsius, humidity) -> {
                    double age = 12 + seed % 69;
                    double kg = 40 + seed % 80;
                    double cm = 150 + seed % 50;
                    double kcalPerHour = 2 * kg + (seed % 13) * kg;
                    EnergyExpended energy = seed % 3 == 0 ? null
                            : new EnergyExpended(kcalPerHour * minutes / 60, EnergyUnit.KCAL, EnergyKind.TOTAL);
                    SessionPlan plan = SessionPlannerTest.plan(person(seed % 2 == 0 ? Sex.FEMALE : Sex.MALE, age, kg, cm),
                            session(minutes, SPORTS[seed % SPORTS.length], energy,
                                    new Environment(new TemperatureInput(celsius, TemperatureUnit.C), humidity, null)),
                            null, List.of());
                    DuringSession during = plan.during();
                    double fluidLow = during.fluidPerHour().low().mL();
                    double fluidHigh = during.fluidPerHour().high().mL();
                    assertTrue(0 <= fluidLow && fluidLow <= fluidHigh);
                    assertTrue(fluidHigh <= during.expectedSweatRatePerHour().expected().mL() + 1e-9,
                            () -> fluidHigh + " mL/h above " + during.expectedSweatRatePerHour().expected().mL());
                    assertTrue(during.sodiumPerHour().low().mg() <= during.sodiumPerHour().high().mg());
                    assertTrue(during.sodiumPerHour().high().mg()
                            <= during.expectedSweatSodiumPerHour().expected().mg() + 1e-9);
                    double lowSweatMl = during.expectedSweatRatePerHour().low().mL() * minutes / 60;
                    assertTrue(plan.after().fluid().high().mL() <= 1.5 * lowSweatMl + 1e-6);
                });
    }
}
