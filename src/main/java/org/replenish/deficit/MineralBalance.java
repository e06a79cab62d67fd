package org.replenish.deficit;

import java.util.ArrayList;
import java.util.List;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SessionLoss;
import org.replenish.units.AmountInput;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;

/**
 * One mineral's sweat balance of the day in mg: the loss, the part of it the reference intake already allows for,
 * reported replenishment and the unreplaced loss. A session that does not report the mineral is unknown, not zero: the
 * low end assumes its loss was replaced, the expected value and the high end that it was not. A session whose sweat is
 * not estimated (a child's without a measurement) adds no loss, and when no session of the day is estimated, loss and
 * unreplaced loss are null: unknown, not zero. Everything counts against the day, not session by session, so a drink
 * after one session covers the next one too and the same day logged two ways gives the same figures. Pure.
 */
record MineralBalance(Band loss, Band covered, Double replenishedMg, List<Integer> unknownSessions, Band unreplaced,
                      Band uncoveredReportedLoss) {

    /**
     * coveredShare is the share of each session's loss the reference intake already allows for (0 to 1): for sodium
     * the first minutes of the day's activity, 0 for the other minerals.
     */
    static MineralBalance of(Mineral mineral, List<ExerciseSession> sessions, List<SessionLoss> losses,
                             double coveredShare, MineralConverter converter) {
        Band loss = Band.ZERO;
        Band reportedLoss = Band.ZERO;
        Double replenished = null;
        List<Integer> unknown = new ArrayList<>();
        boolean anyEstimated = sessions.isEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            Band sessionLoss = losses.get(i).estimated() ? losses.get(i).lossMg().get(mineral) : Band.ZERO;
            anyEstimated |= losses.get(i).estimated();
            loss = loss.plus(sessionLoss);
            AmountInput taken = sessions.get(i).replenished() == null ? null : sessions.get(i).replenished().of(mineral);
            if (taken == null) {
                unknown.add(i);
            } else {
                reportedLoss = reportedLoss.plus(sessionLoss);
                replenished = (replenished == null ? 0 : replenished) + converter.toMilligrams(mineral, taken);
            }
        }
        if (!anyEstimated) {
            return new MineralBalance(null, null, replenished, List.copyOf(unknown), null, null);
        }
        double taken = replenished == null ? 0 : replenished;
        Band unreplaced = new Band(reportedLoss.low(), loss.expected(), loss.high()).minusFloorZero(taken);
        Band uncovered = new Band(reportedLoss.low(), loss.expected(), loss.high()).times(1 - coveredShare);
        return new MineralBalance(loss, loss.times(coveredShare), replenished, List.copyOf(unknown), unreplaced,
                uncovered);
    }

    /**
     * What is left to replace: the loss the reference intake does not allow for, less replenishment and the dietary
     * surplus, never below 0, point by point; null when the loss is unknown.
     */
    Band toReplace(double surplusMg) {
        if (uncoveredReportedLoss == null) {
            return null;
        }
        return uncoveredReportedLoss.minusFloorZero((replenishedMg == null ? 0 : replenishedMg) + surplusMg);
    }
}
