package org.replenish.deficit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.reference.ReferenceData;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.targets.TargetSelector;
import org.replenish.units.MineralConverter;

/** Makes the pure estimator injectable. */
@ApplicationScoped
public class DeficitEstimatorProducer {

    @Produces
    @Singleton
    DeficitEstimator deficitEstimator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                                      SafetyEvaluator safety) {
        return new DeficitEstimator(data, converter, targets, safety);
    }
}
