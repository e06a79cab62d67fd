package org.replenish.sweat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;

/**
 * What one session lost: sweat volume in litres and each mineral in mg, as bands, and how they were found.
 * bodyMassChangePercent is (after - before) / before x 100, negative for a loss; null without masses.
 * youthBandWidened: the population sweat band was widened for a person under 18. A session whose sweat is not
 * estimated (rateSource NOT_ESTIMATED: a child without a measurement) has no sweatLitres and no lossMg: unknown, not
 * zero. workout holds the workout model's intermediates when rateSource is WORKOUT_MODEL, else null.
 */
public record SessionLoss(double durationMinutes, Band sweatLitres, Map<Mineral, Band> lossMg,
                          SweatRateSource rateSource, SweatSodiumSource sodiumSource, Double bodyMassChangePercent,
                          boolean fluidIntakeMeasured, boolean urineOutputMeasured,
                          boolean youthBandWidened, WorkoutEstimate workout) {

    public boolean estimated() {
        return sweatLitres != null;
    }

    /**
     * The body-mass change as the answer shows it (to 0.01 %), for comparing with thresholds: 70 to 68.6 kg is -2.00 %,
     * not the -2.0000000000000084 of the arithmetic, so it does not pass a "more than 2 %" threshold the answer says it
     * meets exactly.
     */
    public Double bodyMassChangeShownPercent() {
        return bodyMassChangePercent == null ? null : Numbers.hundredth(bodyMassChangePercent);
    }

    public boolean bodyMassGain() {
        return bodyMassChangePercent != null && bodyMassChangePercent > 0;
    }

    /**
     * The 0-based indices of the sessions that pass the test, as a message names them. A loop rather than an int
     * stream: an answer asks this a dozen times of one to a few sessions (issue 33's allocation profile).
     */
    public static List<Integer> indices(List<SessionLoss> losses, Predicate<SessionLoss> test) {
        List<Integer> found = new ArrayList<>(losses.size());
        for (int i = 0; i < losses.size(); i++) {
            if (test.test(losses.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
