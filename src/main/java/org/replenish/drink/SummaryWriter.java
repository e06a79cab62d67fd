package org.replenish.drink;

import java.util.ArrayList;
import java.util.List;
import org.replenish.codes.CodedText;
import org.replenish.codes.Message;
import org.replenish.codes.SummaryCode;
import org.replenish.codes.Texts;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;

/**
 * Writes a drink check's summary from its parts, keeping apart what the article's marketing runs together: a sports
 * drink is held against sweat losses and composition guidance, and is not meant to meet daily potassium or magnesium
 * targets (sheet 3.1: guidance sets drink ranges for sodium and potassium only). Pure.
 */
final class SummaryWriter {

    private final DrinkGuidance guidance;

    SummaryWriter(DrinkGuidance guidance) {
        this.guidance = guidance;
    }

    /** riskUnknown: the request named no risk factors at all, so wording about potassium-rich drinks is conservative. */
    DrinkSummary write(Verdict potassium, Verdict magnesium, List<MineralSupply> minerals, boolean sessionGiven,
                       Composition composition, boolean riskUnknown, Double potassiumMmolPerLitre, Texts texts) {
        List<Message> targetShares = new ArrayList<>();
        addShare(targetShares, Mineral.POTASSIUM, potassium.percentOfTargetDrunk());
        addShare(targetShares, Mineral.MAGNESIUM, magnesium.percentOfTargetDrunk());
        Message daily = targetShares.isEmpty() ? Message.of(SummaryCode.DAILY_TARGET_NOT_JUDGED)
                : Message.of(SummaryCode.DAILY_TARGET_SHARES, "shares", targetShares);
        List<Message> lossShares = new ArrayList<>();
        for (MineralSupply supply : minerals) {
            if (supply.sweatLossReplacedPercent() != null) {
                lossShares.add(Message.of(SummaryCode.LOSS_SHARE, "mineral", supply.mineral(), "percent",
                        Numbers.tenth(supply.sweatLossReplacedPercent().expected())));
            }
        }
        Message session = !sessionGiven ? Message.of(SummaryCode.SESSION_NOT_GIVEN)
                : lossShares.isEmpty() ? Message.of(SummaryCode.SESSION_NOT_JUDGED)
                : Message.of(SummaryCode.SESSION_LOSS_SHARES, "shares", lossShares);
        Message make = Message.of(SummaryCode.COMPOSITION_AGAINST_GUIDANCE, "category", composition.category());
        DrinkGuidance.GuidanceRange potassiumRange = guidance.compositionRanges().get(CompositionCheck.POTASSIUM_ACSM);
        CodedText caution = riskUnknown && potassiumMmolPerLitre != null && potassiumMmolPerLitre > potassiumRange.high()
                ? CodedText.of(Message.of(SummaryCode.POTASSIUM_RICH_RISK_UNKNOWN, "potassiumMmolPerL",
                        Numbers.tenth(potassiumMmolPerLitre), "limitMEqPerL", potassiumRange.high()), texts)
                : null;
        return new DrinkSummary(CodedText.of(daily, texts), CodedText.of(session, texts), CodedText.of(make, texts),
                caution);
    }

    private static void addShare(List<Message> shares, Mineral mineral, Double percent) {
        if (percent != null) {
            shares.add(Message.of(SummaryCode.MINERAL_SHARE, "mineral", mineral, "percent", Numbers.tenth(percent)));
        }
    }
}
