package org.replenish.sweat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replenish.Constraints;
import org.replenish.deficit.DeficitEstimateRequest;
import org.replenish.potassium.CapsuleComparisonRequest;
import org.replenish.targets.PersonProfile;
import org.replenish.units.SweatRateInput;
import org.replenish.units.SweatRateUnit;
import org.replenish.vocabulary.Sex;
import org.replenish.vocabulary.Sport;

/**
 * Issue 26 item 2: the sessions of a request fit in a day. At most 1,440 minutes in all, and at most 12 L of expected
 * sweat in all (sheet 2.1: about 11 L a day in heat-acclimatised men, IOM 2005; up to 12 L in hot-weather military
 * training, Knochel 1993), so no answer says "24 g of sodium to replace".
 */
class PlausibleDayTest {

    private static final PersonProfile MAN = new PersonProfile(Sex.MALE, 30.0, null);

    private static ExerciseSession measured(double minutes, double litresPerHour) {
        return new ExerciseSession(minutes, null, null, null, new SweatRateInput(litresPerHour, SweatRateUnit.L_PER_H), null, null, null,
                null, null);
    }

    private static ExerciseSession sport(double minutes, Sport sport) {
        return new ExerciseSession(minutes, sport, null, null, null, null, null, null, null, null);
    }

    private static List<String> deficitFields(ExerciseSession... sessions) {
        return Constraints.fields(new DeficitEstimateRequest(MAN, null, List.of(sessions), null, null, null, null));
    }

    @ParameterizedTest(name = "{0} sessions of {1} min at {2} L/h: valid = {3}")
    @CsvSource({
        // Durations: 3 x 480 = 1,440 min is a day; 3 x 481 = 1,443 is more. Sweat at 0.5 L/h: 12 L in 24 h, not above.
        "3, 480, 0.5, true", "3, 481, 0.5, false",
        // 6 L/h for 4 h = 24 L (the reviewed case) and 2 L/h for 6.5 h = 13 L: above 12 L; 2 L/h for 6 h = 12 L: at it.
        "1, 240, 6.0, false", "1, 390, 2.0, false", "1, 360, 2.0, true"
    })
    void measuredSessionsFitInADay(int count, double minutes, double litresPerHour, boolean valid) {
        ExerciseSession[] sessions = new ExerciseSession[count];
        Arrays.fill(sessions, measured(minutes, litresPerHour));
        assertEquals(valid ? List.of() : List.of("sessions"), deficitFields(sessions));
    }

    @ParameterizedTest(name = "{1} for {0} min: valid = {2}")
    @CsvSource({
        // Population means (sheet 2.1, Barnes 2019): endurance 1.28 L/h x 9 h = 11.52 L; x 10 h = 12.8 L.
        "540, ENDURANCE, true", "600, ENDURANCE, false",
        // An activity not named takes the lower default 0.5 L/h: 24 h = 12 L, not above (the all-athlete mean 1.21 L/h
        // would have made 29 L); American football 1.51 L/h x 8 h = 12.08 L: above.
        "1440, OTHER, true", "480, AMERICAN_FOOTBALL, false"
    })
    void populationSweatFitsInADayToo(double minutes, Sport sport, boolean valid) {
        assertEquals(valid ? List.of() : List.of("sessions"), deficitFields(sport(minutes, sport)));
    }

    @Test
    void theCapsuleComparisonChecksItsSessionsAlike() {
        // 720 + 721 = 1,441 minutes.
        List<String> fields = Constraints.fields(new CapsuleComparisonRequest(null, MAN, null, null, null, null, null,
                List.of(measured(720, 0.1), measured(721, 0.1))));
        assertTrue(fields.contains("sessions"), fields.toString());
    }
}
