package org.replenish.reference;

import java.util.Map;

/** The risk factors and the rule that turns their weights into a level. */
public record RiskFactorTable(LevelRule levelRule, Map<RiskFactor, RiskFactorInfo> factors) {

    /** Total deficiency weight from which the level is ELEVATED, and HIGH. */
    public record LevelRule(String sourceId, Confidence tag, int elevatedFromWeight, int highFromWeight) {
    }
}
