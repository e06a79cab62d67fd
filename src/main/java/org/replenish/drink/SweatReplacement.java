package org.replenish.drink;

import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.codes.Texts;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * The volume counted: what was drunk, but no more than the session's expected sweat volume (all of it when the
     * session's sweat is not estimated).
     */
    static double countedMillilitres(DrinkFacts facts, SessionLoss loss) {
        return loss == null || !loss.estimated() ? facts.consumedMl()
                : Math.min(facts.consumedMl(), loss.sweatLitres().expected() * 1000.0);
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

    SodiumAssessment sodium(DrinkFacts facts, double countedMl, SessionLoss loss, Composition composition,
                            Texts texts) {
        DrinkGuidance.GuidanceRange acsm = guidance.compositionRanges().get(CompositionCheck.SODIUM_ACSM);
        DrinkGuidance.GuidanceRange efsa = guidance.compositionRanges().get(CompositionCheck.SODIUM_EFSA);
        List<String> sources = new ArrayList<>(List.of(acsm.sourceId(), efsa.sourceId()));
        if (!facts.onLabel(Mineral.SODIUM)) {
            List<CodedText> absent = CodedText.all(List.of(Message.of(ReasonCode.LABEL_LACKS_MINERAL, "mineral",
                    Mineral.SODIUM)), texts);
            return new SodiumAssessment(false, null, null, null, null, CodedText.texts(absent), absent, sources);
        }
        RangeAssessment acsmCheck = check(composition, CompositionCheck.SODIUM_ACSM);
        RangeAssessment efsaCheck = check(composition, CompositionCheck.SODIUM_EFSA);
        List<Message> reasons = new ArrayList<>();
        reasons.add(Message.of(ReasonCode.SODIUM_AGAINST_GUIDANCE, "mEqPerL", Numbers.tenth(acsmCheck.value()),
                "acsmPosition", acsmCheck.position(), "acsmLow", acsm.low(), "acsmHigh", acsm.high(),
                "efsaPosition", efsaCheck.position(), "efsaLow", efsa.low(), "efsaHigh", efsa.high()));
        PercentRange replaced = null;
        ReplacementVerdict replacement = null;
        if (loss != null) {
            Band lossMg = loss.lossMg().get(Mineral.SODIUM);
            double countedMg = facts.mgIn(Mineral.SODIUM, countedMl);
            replaced = percent(countedMg, lossMg);
            replacement = verdict(countedMg, lossMg);
            if (replaced != null) {
                reasons.add(Message.of(ReasonCode.SODIUM_AGAINST_SWEAT_LOSS, "countedMl", Numbers.tenth(countedMl),
                        "countedMg", Numbers.tenth(countedMg), "percent", Numbers.tenth(replaced.expected()),
                        "lossMg", Numbers.tenth(lossMg.expected()), "lossLowMg", Numbers.tenth(lossMg.low()),
                        "lossHighMg", Numbers.tenth(lossMg.high())));
            }
            sources.add(guidance.verdictRules().sourceId());
        }
        List<CodedText> coded = CodedText.all(reasons, texts);
        return new SodiumAssessment(true, replaced, replacement, acsmCheck.position(), efsaCheck.position(),
                CodedText.texts(coded), coded, sources);
    }

    private static RangeAssessment check(Composition composition, CompositionCheck which) {
        return composition.checks().stream().filter(c -> c.check() == which).findFirst().orElseThrow();
    }
}
