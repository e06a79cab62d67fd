package org.replenish.drink;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.reference.ReferenceData;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.targets.TargetSelector;
import org.replenish.units.MineralConverter;

/** Makes the pure checker injectable. */
@ApplicationScoped
public class DrinkCheckerProducer {

    @Produces
    @Singleton
    DrinkChecker drinkChecker(ReferenceData data, MineralConverter converter, TargetSelector targets,
                              SafetyEvaluator safety) {
        return new DrinkChecker(data, converter, targets, safety);
    }
}
