package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.replenish.reference.DrinkGuidance;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Basis;

/**
 * Potassium and magnesium verdicts against the daily target (sheet 3.1: magnesium has no authoritative drink target,
 * so the daily target is the yardstick): the amount drunk, counted up to the session's sweat volume so over-drinking
 * never helps, and separately the 360 mL reference amount, so the label's serving size never decides.
 */
final class TargetVerdicts {

    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    TargetVerdicts(DrinkGuidance guidance, MineralConverter converter) {
        this.guidance = guidance;
        this.converter = converter;
    }

    /** countedMl is the volume drunk, at most the session's expected sweat volume when there is a session. */
    Verdict verdict(Mineral mineral, DrinkFacts facts, double countedMl, MineralTarget target, boolean gated) {
        DrinkGuidance.VerdictRules rules = guidance.verdictRules();
        String name = mineral.name().toLowerCase(Locale.ROOT);
        if (!facts.onLabel(mineral)) {
            return new Verdict(AdequacyVerdict.ABSENT, List.of("The label states no " + name + "."), null, null, null,
                    null, rules.sourceId(), rules.tag());
        }
        double targetMg = target.amount().mg();
        double countedMg = facts.mgIn(mineral, countedMl);
        double referenceMl = guidance.referenceAmount().millilitres();
        double referenceMg = facts.mgIn(mineral, referenceMl);
        double drunkPercent = countedMg / targetMg * 100.0;
        double referencePercent = referenceMg / targetMg * 100.0;
        DrinkGuidance.VerdictRules.AgainstTarget thresholds = rules.againstTarget();
        String targetText = target.basis() == Basis.FDA_DAILY_VALUE
                ? Numbers.oneDecimal(targetMg) + " mg FDA Daily Value (a label reference, not a personal target)"
                : Numbers.oneDecimal(targetMg) + " mg daily target (" + target.kind() + ", " + target.basis() + ")";
        String scale = " (ADEQUATE from " + Numbers.plain(thresholds.adequateFromPercentOfTarget()) + " %, PARTIAL from "
                + Numbers.plain(thresholds.partialFromPercentOfTarget()) + " %).";
        List<String> reasons = new ArrayList<>();
        if (countedMl < facts.consumedMl()) {
            reasons.add("Of the " + Numbers.oneDecimal(facts.consumedMl()) + " mL drunk, only the session's expected "
                    + "sweat volume of " + Numbers.oneDecimal(countedMl) + " mL is counted: drinking more than is sweated "
                    + "does not improve the answer.");
        }
        reasons.add(Numbers.oneDecimal(countedMl) + " mL of this drink holds " + Numbers.oneDecimal(countedMg) + " mg "
                + name + ", " + Numbers.oneDecimal(drunkPercent) + " % of the " + targetText + scale);
        reasons.add("A " + Numbers.plain(referenceMl) + " mL reference amount holds " + Numbers.oneDecimal(referenceMg)
                + " mg, " + Numbers.oneDecimal(referencePercent) + " % of the same target.");
        if (gated) {
            reasons.add("A safety flag routes " + name + " to a clinician: the usual target may not apply.");
        }
        return new Verdict(classify(drunkPercent), reasons, converter.amount(mineral, targetMg), drunkPercent,
                classify(referencePercent), referencePercent, rules.sourceId(), rules.tag());
    }

    private AdequacyVerdict classify(double percentOfTarget) {
        DrinkGuidance.VerdictRules.AgainstTarget thresholds = guidance.verdictRules().againstTarget();
        if (percentOfTarget >= thresholds.adequateFromPercentOfTarget()) {
            return AdequacyVerdict.ADEQUATE;
        }
        return percentOfTarget >= thresholds.partialFromPercentOfTarget() ? AdequacyVerdict.PARTIAL
                : AdequacyVerdict.INADEQUATE;
    }
}
