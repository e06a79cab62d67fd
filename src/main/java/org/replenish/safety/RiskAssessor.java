package org.replenish.safety;

import java.util.Map;
import org.replenish.reference.RiskFactor;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.reference.RiskFactorTable;

/** Explains risk factors and sums their deficiency weights into a level. Pure. */
public final class RiskAssessor {

    private final RiskFactorTable table;

    public RiskAssessor(RiskFactorTable table) {
        this.table = table;
    }

    /** Assesses factors given in order with their origin (a LinkedHashMap keeps the client's order). */
    public RiskAssessment assess(Map<RiskFactor, FactorOrigin> factors) {
        int weight = factors.keySet().stream().mapToInt(f -> table.factors().get(f).deficiencyWeight()).sum();
        RiskLevel level = weight >= table.levelRule().highFromWeight() ? RiskLevel.HIGH
                : weight >= table.levelRule().elevatedFromWeight() ? RiskLevel.ELEVATED : RiskLevel.LOW;
        return new RiskAssessment(level, factors.entrySet().stream().map(e -> {
            RiskFactorInfo info = table.factors().get(e.getKey());
            return new AssessedFactor(e.getKey(), e.getValue(), info.minerals(), info.explanation(), info.sourceId());
        }).toList());
    }
}
