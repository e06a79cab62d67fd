package org.replenish.reference;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.units.MineralConverter;

/**
 * Loads the reference data once, at startup, so a bad file stops the service before it takes traffic. A producer
 * rather than beans because neither object is a class the container can construct: {@link ReferenceData} is a record
 * read from files, and {@link MineralConverter} lives in {@code units}, below {@code reference}, so it cannot take
 * {@link ReferenceData} in its constructor.
 */
@ApplicationScoped
public class ReferenceDataProducer {

    @Produces
    @Singleton
    @Startup
    ReferenceData referenceData() {
        return ReferenceData.fromClasspath();
    }

    @Produces
    @Singleton
    MineralConverter mineralConverter(ReferenceData data) {
        return new MineralConverter(data.elements());
    }
}
