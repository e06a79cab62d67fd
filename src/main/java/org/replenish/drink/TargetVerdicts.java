package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.codes.Texts;
import org.replenish.reference.PolicyDecision;
import org.replenish.targets.MineralTarget;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Basis;

/**
 * Potassium and magnesium verdicts against the daily target (sheet 3.1: magnesium has no authoritative drink target,
 * so the daily target is the yardstick): the amount drunk, counted up to the session's sweat volume so over-drinking
 * never helps, and separately the 360 mL reference amount, so the label's serving size never decides. Safety wins
 * over every share: the safety policy's decision for the mineral first, then the supplemental upper limit.
 */
final class TargetVerdicts {

    /** The reason of each verdict the safety policy decides. */
    private static final Map<PolicyDecision, ReasonCode> WITHHELD = Map.of(
            PolicyDecision.URGENT_CARE, ReasonCode.VERDICT_WITHHELD_URGENT,
            PolicyDecision.TARGET_SET_WITH_CLINICIAN, ReasonCode.VERDICT_WITHHELD_TARGET_SET_WITH_CLINICIAN,
            PolicyDecision.LOSSES_MAY_BE_MEDICAL, ReasonCode.VERDICT_WITHHELD_LOSSES_MAY_BE_MEDICAL);

    private static final double ML_PER_100_ML = 100;

    private final DrinkGuidance guidance;
    private final MineralConverter converter;

    TargetVerdicts(DrinkGuidance guidance, MineralConverter converter) {
        this.guidance = guidance;
        this.converter = converter;
    }

    /**
     * countedMl is the volume drunk, at most the session's expected sweat volume when there is a session; limit is
     * the magnesium upper limit (null for other minerals).
     */
    Verdict verdict(Mineral mineral, DrinkFacts facts, double countedMl, MineralTarget target, PolicyDecision policy,
                    MagnesiumLimit limit, Texts texts) {
        DrinkGuidance.VerdictRules rules = guidance.verdictRules();
        if (!facts.onLabel(mineral)) {
            return withheld(AdequacyVerdict.ABSENT, Message.of(ReasonCode.LABEL_LACKS_MINERAL, "mineral", mineral),
                    texts);
        }
        if (policy.withholdsTargetArithmetic()) {
            return withheld(AdequacyVerdict.valueOf(policy.name()), Message.of(WITHHELD.get(policy), "mineral", mineral),
                    texts);
        }
        double targetMg = target.amount().mg();
        double countedMg = facts.mgIn(mineral, countedMl);
        double referenceMl = guidance.referenceAmount().millilitres();
        double referenceMg = facts.mgIn(mineral, referenceMl);
        double drunkPercent = countedMg / targetMg * 100.0;
        double referencePercent = referenceMg / targetMg * 100.0;
        DrinkGuidance.VerdictRules.AgainstTarget thresholds = rules.againstTarget();
        List<Message> reasons = new ArrayList<>();
        if (countedMl < facts.consumedMl()) {
            reasons.add(Message.of(ReasonCode.COUNTED_UP_TO_SWEAT_VOLUME, "consumedMl", Numbers.tenth(facts.consumedMl()),
                    "countedMl", Numbers.tenth(countedMl)));
        }
        List<Object> share = new ArrayList<>(List.of("countedMl", Numbers.tenth(countedMl), "countedMg",
                Numbers.tenth(countedMg), "mineral", mineral, "percent", Numbers.tenth(drunkPercent), "targetMg",
                Numbers.tenth(targetMg), "adequateFromPercent", thresholds.adequateFromPercentOfTarget(),
                "partialFromPercent", thresholds.partialFromPercentOfTarget()));
        if (target.basis() == Basis.FDA_DAILY_VALUE) {
            reasons.add(Message.of(ReasonCode.SHARE_OF_DAILY_VALUE, share.toArray()));
        } else {
            share.addAll(List.of("kind", target.kind(), "basis", target.basis()));
            reasons.add(Message.of(ReasonCode.SHARE_OF_DAILY_TARGET, share.toArray()));
        }
        double per100mLMg = facts.mgIn(mineral, ML_PER_100_ML);
        double per100mLPercent = per100mLMg / targetMg * 100.0;
        double servingPercent = facts.perServingMg(mineral) / targetMg * 100.0;
        // Sheet 9: the US reference amount does not apply to an EU reading; an EFSA target is read per 100 mL and
        // per serving, as EU labels give a beverage (issue 30 item 5).
        boolean euReading = target.basis() == Basis.EFSA;
        if (euReading) {
            reasons.add(Message.of(ReasonCode.SERVING_AND_100_ML_SHARE, "per100mLMg", Numbers.tenth(per100mLMg),
                    "per100mLPercent", Numbers.tenth(per100mLPercent), "servingMl", Numbers.tenth(facts.servingMl()),
                    "servingPercent", Numbers.tenth(servingPercent)));
        } else {
            reasons.add(Message.of(ReasonCode.REFERENCE_AMOUNT_SHARE, "referenceMl", referenceMl,
                    "referenceMg", Numbers.tenth(referenceMg), "percent", Numbers.tenth(referencePercent)));
        }
        boolean drunkAboveLimit = limit != null && limit.exceededBy(facts.consumedMg(mineral));
        if (drunkAboveLimit) {
            reasons.add(0, Message.of(limit.statedAdded() ? ReasonCode.SUPPLEMENTAL_MAGNESIUM_ABOVE_UPPER_LIMIT
                            : ReasonCode.MAGNESIUM_ABOVE_UPPER_LIMIT_IF_ADDED,
                    "magnesiumMg", Numbers.tenth(facts.consumedMg(mineral)), "limitMg", limit.limit().amount().mg()));
        }
        List<CodedText> coded = CodedText.all(reasons, texts);
        AdequacyVerdict referenceVerdict = limit != null && limit.exceededBy(referenceMg)
                ? AdequacyVerdict.ABOVE_UPPER_LIMIT : classify(referencePercent);
        return new Verdict(drunkAboveLimit ? AdequacyVerdict.ABOVE_UPPER_LIMIT : classify(drunkPercent),
                CodedText.texts(coded), coded, converter.amount(mineral, targetMg), drunkPercent,
                euReading ? null : referenceVerdict, euReading ? null : referencePercent, per100mLPercent,
                servingPercent, rules.sourceId(), rules.tag());
    }

    /** A verdict with no share of the target: the label lacks the mineral, or the safety policy withholds it. */
    private Verdict withheld(AdequacyVerdict verdict, Message reason, Texts texts) {
        DrinkGuidance.VerdictRules rules = guidance.verdictRules();
        List<CodedText> coded = CodedText.all(List.of(reason), texts);
        return new Verdict(verdict, CodedText.texts(coded), coded, null, null, null, null, null, null, rules.sourceId(),
                rules.tag());
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
