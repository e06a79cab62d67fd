package org.replenish.deficit;

import java.util.List;
import org.replenish.sweat.ExerciseSession;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.units.MineralAmounts;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Symptom;

/** Deficit requests for tests: a 30-year-old man on the default basis unless a test says otherwise. */
final class DeficitRequests {

    static final PersonProfile MAN_30 = new PersonProfile(Sex.MALE, 30.0, null);

    private DeficitRequests() {
    }

    static DeficitEstimateRequest sessions(ExerciseSession... sessions) {
        return new DeficitEstimateRequest(MAN_30, null, List.of(sessions), null, null, null, null);
    }

    static DeficitEstimateRequest intake(MineralAmounts intake, ExerciseSession... sessions) {
        return new DeficitEstimateRequest(MAN_30, null, List.of(sessions), intake, null, null, null);
    }

    static DeficitEstimateRequest risks(List<RiskFactor> factors, List<Symptom> symptoms, ExerciseSession... sessions) {
        return new DeficitEstimateRequest(MAN_30, null, List.of(sessions), null, null, factors, symptoms);
    }

    static DeficitEstimateRequest supplementalMagnesium(AmountInput magnesium) {
        return new DeficitEstimateRequest(MAN_30, null, List.of(), null, magnesium, null, null);
    }
}
