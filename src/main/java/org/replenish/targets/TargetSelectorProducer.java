package org.replenish.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.reference.ReferenceData;
import org.replenish.units.MineralConverter;

/** Makes the pure selector injectable. */
@ApplicationScoped
public class TargetSelectorProducer {

    @Produces
    @Singleton
    TargetSelector targetSelector(ReferenceData data, MineralConverter converter) {
        return new TargetSelector(data, converter);
    }
}
