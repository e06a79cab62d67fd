package org.replenish.safety;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replenish.reference.RiskFactorInfo;
import org.replenish.reference.RiskFactorTable;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.RiskFactor;

/** Explains risk factors, sums their deficiency weights into a level and collects the minerals at risk of excess. Pure. */
public final class RiskAssessor {

    private final RiskFactorTable table;

    public RiskAssessor(RiskFactorTable table) {
        this.table = table;
    }

    /** Assesses factors given in order with their origin (a LinkedHashMap keeps the client's order). */
    public RiskAssessment assess(Map<RiskFactor, FactorOrigin> factors) {
        int weight = factors.keySet().stream().mapToInt(f -> table.factors().get(f).deficiencyWeight()).sum();
        RiskFactorTable.LevelRule rule = table.levelRule();
        RiskLevel level = weight >= rule.highFromWeight() ? RiskLevel.HIGH
                : weight >= rule.elevatedFromWeight() ? RiskLevel.ELEVATED : RiskLevel.LOW;
        Set<Mineral> excess = EnumSet.noneOf(Mineral.class);
        factors.keySet().forEach(f -> excess.addAll(table.factors().get(f).excessRiskMineralsOrEmpty()));
        List<AssessedFactor> assessed = factors.entrySet().stream().map(e -> {
            RiskFactorInfo info = table.factors().get(e.getKey());
            return new AssessedFactor(e.getKey(), e.getValue(), info.minerals(), info.explanation(), info.sourceId(),
                    info.deficiencyWeight(), info.weightSourceId(), info.weightTag(), info.weightReason());
        }).toList();
        return new RiskAssessment(level, level, rule.sourceId(), rule.tag(), List.copyOf(excess),
                excess.contains(Mineral.POTASSIUM), assessed);
    }
}
