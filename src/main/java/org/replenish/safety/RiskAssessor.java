package org.replenish.safety;

import org.replenish.codes.Texts;
import java.util.List;
import java.util.Map;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.reference.RiskFactorTable;
import org.replenish.vocabulary.RiskFactor;

/** Explains risk factors, sums their deficiency weights into a level; the minerals at risk of excess come from the safety decision. Pure. */
public final class RiskAssessor {

    private final RiskFactorTable table;

    public RiskAssessor(RiskFactorTable table) {
        this.table = table;
    }

    /**
     * Assesses factors given in order with their origin (a LinkedHashMap keeps the client's order); the minerals at risk
     * of excess are the safety policy's, so the assessment and the gates cannot disagree. Explanations and weight
     * reasons are in the language of texts.
     */
    public RiskAssessment assess(Map<RiskFactor, FactorOrigin> factors, SafetyDecision decision, Texts texts) {
        int weight = factors.keySet().stream().mapToInt(f -> table.factors().get(f).deficiencyWeight()).sum();
        RiskFactorTable.LevelRule rule = table.levelRule();
        RiskLevel level = weight >= rule.highFromWeight() ? RiskLevel.HIGH
                : weight >= rule.elevatedFromWeight() ? RiskLevel.ELEVATED : RiskLevel.LOW;
        List<AssessedFactor> assessed = factors.entrySet().stream().map(e -> {
            RiskFactorInfo info = table.factors().get(e.getKey());
            return new AssessedFactor(e.getKey(), e.getValue(), info.minerals(),
                    texts.text(info.explanation(e.getKey())), info.sourceId(), info.deficiencyWeight(),
                    info.weightSourceId(), info.weightTag(), texts.text(info.weightReason(e.getKey())));
        }).toList();
        return new RiskAssessment(level, rule.sourceId(), rule.tag(), decision.excessRiskMinerals(),
                decision.hyperkalemiaRisk(), assessed);
    }
}
