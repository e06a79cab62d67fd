package org.replenish.deficit;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.replenish.reference.LimitScope;
import org.replenish.reference.SafetyCondition;
import org.replenish.targets.MineralTarget;
import org.replenish.targets.SelectedTargets;
import org.replenish.units.Mineral;

/** The safety conditions only a deficit request's own inputs show: supplemental magnesium, intakes above limits. Pure. */
final class DeficitConditions {

    /** Intakes of total-intake limits that raise an INFO flag when above the limit. */
    private static final Map<Mineral, SafetyCondition> ABOVE_LIMIT = Map.of(
            Mineral.SODIUM, SafetyCondition.SODIUM_INTAKE_ABOVE_CDRR,
            Mineral.CALCIUM, SafetyCondition.CALCIUM_INTAKE_ABOVE_UL,
            Mineral.CHLORIDE, SafetyCondition.CHLORIDE_INTAKE_ABOVE_UL);

    private DeficitConditions() {
    }

    /**
     * intakeMg holds the known usual intakes (diet) per mineral; supplementalMagnesiumMg is null when not given. The
     * sessions' conditions are the safety policy's own.
     */
    static Set<SafetyCondition> of(SelectedTargets targets, Map<Mineral, Double> intakeMg, Double supplementalMagnesiumMg) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        MineralTarget magnesium = targets.of(Mineral.MAGNESIUM);
        if (supplementalMagnesiumMg != null && supplementalMagnesiumMg > 0) {
            conditions.add(SafetyCondition.SUPPLEMENT_OR_ELECTROLYTE_DRINK_GIVEN);
        }
        if (supplementalMagnesiumMg != null && magnesium.upperLimit() != null
                && supplementalMagnesiumMg > magnesium.upperLimit().amount().mg()) {
            conditions.add(SafetyCondition.SUPPLEMENTAL_MAGNESIUM_ABOVE_UL);
        }
        ABOVE_LIMIT.forEach((mineral, condition) -> {
            MineralTarget target = targets.of(mineral);
            Double intake = intakeMg.get(mineral);
            if (intake != null && target.upperLimit() != null && target.upperLimit().scope() == LimitScope.TOTAL_INTAKE
                    && intake > target.upperLimit().amount().mg()) {
                conditions.add(condition);
            }
        });
        return conditions;
    }
}
