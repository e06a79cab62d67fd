package org.replenish.deficit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.replenish.Sessions.litresPerHour;
import static org.replenish.Sessions.masses;
import static org.replenish.Sessions.minutes;
import static org.replenish.Sessions.ml;
import static org.replenish.Sessions.profile;
import static org.replenish.Sessions.replenished;
import static org.replenish.Sessions.sport;
import static org.replenish.deficit.DeficitEstimatorTest.ESTIMATOR;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.replenish.reference.SweatSodiumProfile;
import org.replenish.sweat.ExerciseSession;
import org.replenish.units.AmountInput;
import org.replenish.units.AmountRange;
import org.replenish.units.AmountUnit;
import org.replenish.units.MassUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.vocabulary.Sport;

/** Invariants over generated sessions. */
class DeficitPropertiesTest {

    /** Sessions of every sweat-input path: measured rate, body-mass change, sport default. */
    private static Gen<ExerciseSession> sessions() {
        Gen<Double> duration = doubles().between(1, 1440);
        Gen<ExerciseSession> measured = duration.zip(doubles().between(0, 6), (d, r) -> litresPerHour(minutes(d), r));
        Gen<ExerciseSession> byMass = duration.zip(doubles().between(40, 120), doubles().between(-0.14, 0.05),
                doubles().between(0, 3000), (d, before, change, fluid) ->
                        masses(minutes(d), before, before * (1 + change), MassUnit.KG, ml(fluid), null));
        Gen<ExerciseSession> bySport = duration.zip(arbitrary().enumValues(Sport.class), (d, s) -> sport(minutes(d), s));
        Gen<ExerciseSession> any = integers().between(0, 2).flatMap(i -> i == 0 ? measured : i == 1 ? byMass : bySport);
        return any.zip(integers().between(0, 3), (s, p) -> p == 3 ? s : profile(s, SweatSodiumProfile.values()[p]));
    }

    private static boolean ordered(AmountRange r) {
        return 0 <= r.low().mg() && r.low().mg() <= r.expected().mg() && r.expected().mg() <= r.high().mg();
    }

    /** An ordered band, or none where the safety policy withholds it (a body-mass loss above 10 % is urgent). */
    private static boolean orderedOrWithheld(AmountRange r, boolean withheld) {
        return withheld ? r == null : r != null && ordered(r);
    }

    /** a at most b, band end by band end; both absent where the policy withholds them (the same sessions). */
    private static boolean atMost(AmountRange a, AmountRange b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.low().mg() <= b.low().mg() + 1e-9 && a.expected().mg() <= b.expected().mg() + 1e-9
                && a.high().mg() <= b.high().mg() + 1e-9;
    }

    @Test
    void everyBandIsOrderedAndNothingIsNegative() {
        qt().forAll(sessions(), sessions()).check((a, b) -> {
            DeficitEstimate e = ESTIMATOR.estimate(DeficitRequests.sessions(a, b));
            boolean urgent = e.safetyPolicy().urgent();
            if (urgent) {
                return e.fluid().sweatLoss() == null && e.minerals().stream().allMatch(m -> m.sweat().loss() == null
                        && m.sweat().unreplacedLoss() == null && m.sweat().toReplace() == null
                        && m.diet().status() == DietStatus.URGENT_CARE && m.sweat().status() == SweatStatus.URGENT_CARE);
            }
            // What is left to replace never exceeds the unreplaced loss: the allowance and the surplus only lower it.
            return e.minerals().stream().allMatch(m -> orderedOrWithheld(m.sweat().loss(), false)
                    && orderedOrWithheld(m.sweat().unreplacedLoss(), false)
                    && orderedOrWithheld(m.sweat().toReplace(), false)
                    && atMost(m.sweat().toReplace(), m.sweat().unreplacedLoss())
                    && (m.sweat().replenished() == null || m.sweat().replenished().mg() >= 0))
                    && e.fluid().sweatLoss().low().mL() >= 0
                    && e.fluid().sweatLoss().low().mL() <= e.fluid().sweatLoss().expected().mL()
                    && e.fluid().sweatLoss().expected().mL() <= e.fluid().sweatLoss().high().mL();
        });
    }

    @Test
    void lossesGrowWithDuration() {
        qt().forAll(doubles().between(1, 1440), doubles().between(1, 1440), doubles().between(0, 6))
                .check((d1, d2, rate) -> {
                    double shorter = Math.min(d1, d2);
                    double longer = Math.max(d1, d2);
                    DeficitEstimate s = ESTIMATOR.estimate(DeficitRequests.sessions(litresPerHour(minutes(shorter), rate)));
                    DeficitEstimate l = ESTIMATOR.estimate(DeficitRequests.sessions(litresPerHour(minutes(longer), rate)));
                    return Mineral.MODELLED.size() == s.minerals().size() && Mineral.MODELLED.stream()
                            .allMatch(m -> atMost(of(s, m).sweat().loss(), of(l, m).sweat().loss())
                                    && atMost(of(s, m).sweat().toReplace(), of(l, m).sweat().toReplace()));
                });
    }

    @Test
    void lossesGrowWithSweatRate() {
        qt().forAll(doubles().between(1, 1440), doubles().between(0, 6), doubles().between(0, 6))
                .check((d, r1, r2) -> {
                    DeficitEstimate s = ESTIMATOR.estimate(DeficitRequests.sessions(litresPerHour(minutes(d), Math.min(r1, r2))));
                    DeficitEstimate l = ESTIMATOR.estimate(DeficitRequests.sessions(litresPerHour(minutes(d), Math.max(r1, r2))));
                    return Mineral.MODELLED.stream()
                            .allMatch(m -> atMost(of(s, m).sweat().loss(), of(l, m).sweat().loss())
                                    && atMost(of(s, m).sweat().toReplace(), of(l, m).sweat().toReplace()));
                });
    }

    @Test
    void replenishingMoreNeverRaisesWhatIsLeftToReplace() {
        qt().forAll(sessions(), doubles().between(0, 5000), doubles().between(0, 5000), arbitrary().pick(Mineral.MODELLED))
                .check((session, x, y, mineral) -> {
                    DeficitEstimate less = ESTIMATOR.estimate(DeficitRequests.sessions(
                            replenished(session, amountOf(mineral, Math.min(x, y)))));
                    DeficitEstimate more = ESTIMATOR.estimate(DeficitRequests.sessions(
                            replenished(session, amountOf(mineral, Math.max(x, y)))));
                    return atMost(of(more, mineral).sweat().toReplace(), of(less, mineral).sweat().toReplace());
                });
    }

    @Test
    void eatingMoreNeverWorsensTheDietOrWhatIsLeftToReplace() {
        // Issue 26 item 5: more intake never worsens the gap, the diet's status or what is left to replace (upper-limit
        // flags may appear).
        qt().forAll(sessions(), doubles().between(0, 8000), doubles().between(0, 8000), arbitrary().pick(Mineral.MODELLED))
                .check((session, x, y, mineral) -> {
                    MineralEstimate less = of(ESTIMATOR.estimate(DeficitRequests.intake(amountOf(mineral, Math.min(x, y)),
                            session)), mineral);
                    MineralEstimate more = of(ESTIMATOR.estimate(DeficitRequests.intake(amountOf(mineral, Math.max(x, y)),
                            session)), mineral);
                    // An urgent session (a loss over 10 % of body mass) withholds both, whatever was eaten.
                    boolean gaps = more.diet().belowReferenceBy() == null ? less.diet().belowReferenceBy() == null
                            : more.diet().belowReferenceBy().mg() <= less.diet().belowReferenceBy().mg() + 1e-9;
                    return gaps && rank(more.diet().status()) >= rank(less.diet().status())
                            && atMost(more.sweat().toReplace(), less.sweat().toReplace());
                });
    }

    @Test
    void theSameDayLoggedTwoWaysGivesTheSameFigures() {
        // Issue 26 item 5: what is taken back counts against the day's loss, wherever it is logged: all of it after the
        // first session, or shared between both, gives the same unreplaced loss and the same figure to replace (both
        // sessions report it).
        qt().forAll(sessions(), sessions(), doubles().between(0, 6000), arbitrary().pick(Mineral.MODELLED))
                .check((a, b, taken, mineral) -> {
                    MineralEstimate once = of(ESTIMATOR.estimate(DeficitRequests.sessions(
                            replenished(a, amountOf(mineral, taken)), replenished(b, amountOf(mineral, 0)))), mineral);
                    MineralEstimate shared = of(ESTIMATOR.estimate(DeficitRequests.sessions(
                            replenished(a, amountOf(mineral, taken / 2)), replenished(b, amountOf(mineral, taken / 2)))),
                            mineral);
                    return same(once.sweat().unreplacedLoss(), shared.sweat().unreplacedLoss()) && same(once.sweat().toReplace(), shared.sweat().toReplace());
                });
    }

    /** Equal band ends to the documented output precision, or both absent. */
    private static boolean same(AmountRange a, AmountRange b) {
        return atMost(a, b) && atMost(b, a);
    }

    /**
     * How good a diet status is: below the EAR, below a reference (an AI or an RDA), at or above it. The safety
     * policy's statuses do not depend on intake here, so they share one rank.
     */
    private static int rank(DietStatus status) {
        switch (status) {
            case LIKELY_BELOW_REQUIREMENT:
                return 0;
            case BELOW_RDA:
            case BELOW_REFERENCE_INTAKE:
                return 1;
            case AT_OR_ABOVE_REFERENCE:
                return 2;
            default:
                return -1;
        }
    }

    /** A mineral's entry found by name, not by its position in the list. */
    private static MineralEstimate of(DeficitEstimate estimate, Mineral mineral) {
        return estimate.minerals().stream().filter(m -> m.mineral() == mineral).findFirst().orElseThrow();
    }

    private static MineralAmounts amountOf(Mineral mineral, double mg) {
        AmountInput a = new AmountInput(mg, AmountUnit.MG);
        return new MineralAmounts(mineral == Mineral.SODIUM ? a : null, mineral == Mineral.POTASSIUM ? a : null,
                mineral == Mineral.MAGNESIUM ? a : null, mineral == Mineral.CALCIUM ? a : null,
                mineral == Mineral.CHLORIDE ? a : null);
    }

}
