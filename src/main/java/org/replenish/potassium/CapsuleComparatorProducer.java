package org.replenish.potassium;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.reference.ReferenceData;
import org.replenish.safety.SafetyEvaluator;
import org.replenish.targets.TargetSelector;
import org.replenish.units.MineralConverter;

/** Makes the pure comparator injectable. */
@ApplicationScoped
public class CapsuleComparatorProducer {

    @Produces
    @Singleton
    CapsuleComparator capsuleComparator(ReferenceData data, MineralConverter converter, TargetSelector targets,
                                        SafetyEvaluator safety) {
        return new CapsuleComparator(data, converter, targets, safety);
    }
}
