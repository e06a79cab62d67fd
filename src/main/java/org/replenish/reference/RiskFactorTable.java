package org.replenish.reference;

import java.util.Map;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.RiskFactor;

/** The risk factors, the rule that turns their weights into a level, and the ages of the life-stage gates. */
public record RiskFactorTable(LevelRule levelRule, LifeStageGates lifeStageGates, Map<RiskFactor, RiskFactorInfo> factors) {

    /** Total deficiency weight from which the level is ELEVATED, and HIGH. */
    public record LevelRule(String sourceId, Confidence tag, int elevatedFromWeight, int highFromWeight) {
    }

    /**
     * Ages from which (older adults) and below which (children) potassium supplements are left to a clinician, and
     * below which (infants) any potassium or magnesium supplement or electrolyte drink is.
     */
    public record LifeStageGates(SourcedValue olderAdultFromAgeYears, SourcedValue childBelowAgeYears,
                                 SourcedValue infantBelowAgeYears) {
    }
}
