package org.replenish.safety;

import java.util.List;
import java.util.Set;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.SafetyCondition;
import org.replenish.sweat.SessionLoss;

/**
 * The safety conditions the sessions of the last 24 hours set (sheet 10): prolonged activity, body mass held or gained
 * after it, and a body-mass loss severe or life-threatening. Pure.
 */
final class SessionConditions {

    private final DeficitSettings.FluidThresholds fluid;

    SessionConditions(DeficitSettings.FluidThresholds fluid) {
        this.fluid = fluid;
    }

    void addTo(Set<SafetyCondition> conditions, List<SessionLoss> sessions) {
        double prolonged = fluid.longSessionMinutes().value();
        double maintained = fluid.massMaintainedPercent().value();
        double largestLoss = 0;
        for (SessionLoss session : sessions) {
            Double change = session.bodyMassChangeShownPercent();
            if (session.durationMinutes() >= prolonged) {
                conditions.add(SafetyCondition.PROLONGED_ACTIVITY);
                // NATA 2017: over-drinking shows as maintained or increased mass; no weighing cannot rule it out.
                if (change == null || change > -maintained) {
                    conditions.add(SafetyCondition.MASS_NOT_CLEARLY_LOST_AFTER_PROLONGED_ACTIVITY);
                }
            }
            if (session.bodyMassGain()) {
                conditions.add(SafetyCondition.BODY_MASS_GAIN);
            }
            if (change != null) {
                largestLoss = Math.max(largestLoss, -change);
            }
        }
        if (largestLoss > fluid.lifeThreateningBodyMassLossPercent().value()) {
            conditions.add(SafetyCondition.BODY_MASS_LOSS_LIFE_THREATENING);
        } else if (largestLoss > fluid.severeBodyMassLossPercent().value()) {
            conditions.add(SafetyCondition.BODY_MASS_LOSS_SEVERE);
        }
    }
}
