package org.replenish.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.replenish.plan.SessionPlannerTest.person;
import static org.replenish.plan.SessionPlannerTest.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.TestData;
import org.replenish.deficit.DeficitEstimate;
import org.replenish.deficit.DeficitEstimateRequest;
import org.replenish.deficit.DeficitEstimator;
import org.replenish.sweat.Environment;
import org.replenish.sweat.ExerciseSession;
import org.replenish.targets.PersonProfile;
import org.replenish.units.Mineral;
import org.replenish.units.TemperatureInput;
import org.replenish.units.TemperatureUnit;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;

/**
 * Issue 31 item 5: a plan's expected sweat and sweat sodium for a session equal what the deficit estimate computes for
 * the same person and session (per hour x hours = the session's loss).
 */
class SessionPlanConsistencyTest {

    private static final DeficitEstimator DEFICITS = new DeficitEstimator(TestData.DATA, TestData.CONVERTER,
            TestData.TARGETS, TestData.SAFETY, TestData.SWEAT, TestData.SYMPTOM_NOTES);

    @Test
    void thePlanAndTheDeficitEstimateSeeTheSameSweat() {
        qt().forAll(integers().between(0, 10_000), doubles().between(5, 600), doubles().between(0, 40))
                .checkAssert((seed, minutes, celsius) -> {
                    PersonProfile person = person(Sex.MALE, 20 + seed % 40, 50 + seed % 50, 160 + seed % 35);
                    ExerciseSession session = session(minutes, seed % 2 == 0 ? Sport.RUNNING : Sport.TENNIS, null,
                            new Environment(new TemperatureInput(celsius, TemperatureUnit.C), 40.0 + seed % 50, null));
                    SessionPlan plan = SessionPlannerTest.plan(person, session, null, List.of());
                    DeficitEstimate deficit = DEFICITS.estimate(new DeficitEstimateRequest(person, null,
                            List.of(session), null, null, List.of(), null));
                    double hours = minutes / 60;
                    assertEquals(deficit.sessions().get(0).sweatLoss().expected().mL(),
                            plan.during().expectedSweatRatePerHour().expected().mL() * hours, 1e-6);
                    assertEquals(deficit.minerals().stream().filter(m -> m.mineral() == Mineral.SODIUM).findFirst()
                                    .orElseThrow().sweat().loss().expected().mg(),
                            plan.during().expectedSweatSodiumPerHour().expected().mg() * hours, 1e-6);
                });
    }
}
