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
 * One mineral's balance of the day in mg: sweat loss, reported replenishment and the unreplaced loss. A session that
 * does not report the mineral is unknown, not zero: the low end assumes its loss was replaced, the expected value and
 * the high end that it was not. A session whose sweat is not estimated (a child's without a measurement) adds no loss,
 * and when no session of the day is estimated, loss and unreplaced loss are null: unknown, not zero. Pure.
 */
record MineralBalance(Band loss, Double replenishedMg, List<Integer> unknownSessions, Band unreplaced) {

    static MineralBalance of(Mineral mineral, List<ExerciseSession> sessions, List<SessionLoss> losses,
                             MineralConverter converter) {
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
            return new MineralBalance(null, replenished, List.copyOf(unknown), null);
        }
        double taken = replenished == null ? 0 : replenished;
        // Replenishment counts against the day's loss, not session by session: a drink after one session covers
        // the next one too.
        Band unreplaced = new Band(Math.max(0, reportedLoss.low() - taken), Math.max(0, loss.expected() - taken),
                Math.max(0, loss.high() - taken));
        return new MineralBalance(loss, replenished, List.copyOf(unknown), unreplaced);
    }

    /**
     * With known intake: target + unreplaced loss - intake, never below 0, point by point; the diet alone when no
     * session's sweat is estimated.
     */
    Band deficit(double targetMg, double intakeMg) {
        return (unreplaced == null ? Band.ZERO : unreplaced).plus(targetMg).minusFloorZero(intakeMg);
    }
}
