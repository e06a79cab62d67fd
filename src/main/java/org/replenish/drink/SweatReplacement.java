package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import org.replenish.reference.CompositionCheck;
import org.replenish.reference.DrinkGuidance;
import org.replenish.sweat.SessionLoss;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;

/**
 * How much of a session's sweat loss the drink puts back, counted on at most the session's expected sweat volume so
 * that drinking more than was sweated never improves the answer; and the sodium assessment, where replacement is
 * what the guidance is about.
 */
final class SweatReplacement {

    private final DrinkGuidance guidance;

    SweatReplacement(DrinkGuidance guidance) {
        this.guidance = guidance;
    }

    /** The volume counted: what was drunk, but no more than the session's expected sweat volume. */
    static double countedMillilitres(DrinkFacts facts, SessionLoss loss) {
        return loss == null ? facts.consumedMl() : Math.min(facts.consumedMl(), loss.sweatLitres().expected() * 1000.0);
    }

    /** counted / loss: the high loss gives the low share; an unbounded share (zero loss) is left out. */
    static PercentRange percent(double countedMg, Band lossMg) {
        if (lossMg.expected() <= 0) {
            return null;
        }
        return new PercentRange(countedMg / lossMg.high() * 100.0, countedMg / lossMg.expected() * 100.0,
                lossMg.low() > 0 ? countedMg / lossMg.low() * 100.0 : null);
    }

    ReplacementVerdict verdict(double countedMg, Band lossMg) {
        if (lossMg.expected() <= 0) {
            return null;
        }
        double share = countedMg / lossMg.expected();
        DrinkGuidance.VerdictRules.Replacement rules = guidance.verdictRules().replacement();
        if (share >= rules.replacedFromShareOfExpectedLoss()) {
            return ReplacementVerdict.REPLACED;
        }
        return share >= rules.partlyFromShareOfExpectedLoss() ? ReplacementVerdict.PARTLY_REPLACED
                : ReplacementVerdict.LITTLE_REPLACED;
    }

    SodiumAssessment sodium(DrinkFacts facts, double countedMl, SessionLoss loss, Composition composition) {
        DrinkGuidance.GuidanceRange acsm = guidance.compositionRanges().get(CompositionCheck.SODIUM_ACSM);
        DrinkGuidance.GuidanceRange efsa = guidance.compositionRanges().get(CompositionCheck.SODIUM_EFSA);
        List<String> sources = new ArrayList<>(List.of(acsm.sourceId(), efsa.sourceId()));
        if (!facts.onLabel(Mineral.SODIUM)) {
            return new SodiumAssessment(false, null, null, null, null, List.of("The label states no sodium."), sources);
        }
        RangeAssessment acsmCheck = check(composition, CompositionCheck.SODIUM_ACSM);
        RangeAssessment efsaCheck = check(composition, CompositionCheck.SODIUM_EFSA);
        List<String> reasons = new ArrayList<>();
        reasons.add("Sodium is " + Numbers.oneDecimal(acsmCheck.value()) + " mEq/L, " + acsmCheck.position() + " ACSM's "
                + Numbers.plain(acsm.low()) + "-" + Numbers.plain(acsm.high()) + " mEq/L and " + efsaCheck.position()
                + " EFSA's " + Numbers.plain(efsa.low()) + "-" + Numbers.plain(efsa.high()) + " mmol/L.");
        PercentRange replaced = null;
        ReplacementVerdict replacement = null;
        if (loss != null) {
            Band lossMg = loss.lossMg().get(Mineral.SODIUM);
            double countedMg = facts.mgIn(Mineral.SODIUM, countedMl);
            replaced = percent(countedMg, lossMg);
            replacement = verdict(countedMg, lossMg);
            if (replaced != null) {
                reasons.add(Numbers.oneDecimal(countedMl) + " mL counted holds " + Numbers.oneDecimal(countedMg)
                        + " mg sodium, " + Numbers.oneDecimal(replaced.expected()) + " % of the session's expected sweat "
                        + "sodium loss of " + Numbers.oneDecimal(lossMg.expected()) + " mg (band "
                        + Numbers.oneDecimal(lossMg.low()) + "-" + Numbers.oneDecimal(lossMg.high()) + " mg).");
            }
            sources.add(guidance.verdictRules().sourceId());
        }
        return new SodiumAssessment(true, replaced, replacement, acsmCheck.position(), efsaCheck.position(), reasons,
                sources);
    }

    private static RangeAssessment check(Composition composition, CompositionCheck which) {
        return composition.checks().stream().filter(c -> c.check() == which).findFirst().orElseThrow();
    }
}
