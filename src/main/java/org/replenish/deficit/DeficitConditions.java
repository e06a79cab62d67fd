package org.replenish.deficit;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.LimitScope;
import org.replenish.reference.SafetyCondition;
import org.replenish.sweat.SessionLoss;
import org.replenish.targets.MineralTarget;
import org.replenish.targets.SelectedTargets;
import org.replenish.units.Mineral;

/** The safety conditions a deficit request shows: supplemental magnesium, intakes above limits, fluid balance. Pure. */
final class DeficitConditions {

    /** Intakes of total-intake limits that raise an INFO flag when above the limit. */
    private static final Map<Mineral, SafetyCondition> ABOVE_LIMIT = Map.of(
            Mineral.SODIUM, SafetyCondition.SODIUM_INTAKE_ABOVE_CDRR,
            Mineral.CALCIUM, SafetyCondition.CALCIUM_INTAKE_ABOVE_UL,
            Mineral.CHLORIDE, SafetyCondition.CHLORIDE_INTAKE_ABOVE_UL);

    private final DeficitSettings.FluidThresholds fluid;

    DeficitConditions(DeficitSettings.FluidThresholds fluid) {
        this.fluid = fluid;
    }

    /**
     * intakeMg holds the known usual intakes (diet) per mineral; supplementalMagnesiumMg is null when not given.
     */
    Set<SafetyCondition> of(SelectedTargets targets, Map<Mineral, Double> intakeMg, Double supplementalMagnesiumMg,
                            List<SessionLoss> losses) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        MineralTarget magnesium = targets.of(Mineral.MAGNESIUM);
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
        if (losses.stream().anyMatch(SessionLoss::bodyMassGain)) {
            conditions.add(SafetyCondition.BODY_MASS_GAIN);
        }
        double longSession = fluid.longSessionMinutes().value();
        if (losses.stream().anyMatch(l -> l.bodyMassGain() && l.durationMinutes() >= longSession)) {
            conditions.add(SafetyCondition.BODY_MASS_GAIN_AFTER_LONG_SESSION);
        }
        // NATA 2017: over-drinking shows as maintained or increased mass; after a very long session a change smaller
        // than massMaintainedPercent, or no weighing at all, cannot rule it out.
        double veryLong = fluid.veryLongSessionMinutes().value();
        double maintained = fluid.massMaintainedPercent().value();
        if (losses.stream().anyMatch(l -> l.durationMinutes() >= veryLong
                && (l.bodyMassChangePercent() == null || l.bodyMassChangePercent() > -maintained))) {
            conditions.add(SafetyCondition.VERY_LONG_SESSION_WITHOUT_MEASURED_MASS_LOSS);
        }
        return conditions;
    }
}
