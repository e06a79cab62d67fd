package org.replenish.drink;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.function.Function;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.ReferenceData;

/**
 * The drink feature's own reference file, drink-guidance.json, read and checked once at startup ({@code @Startup}), so
 * a bad file stops the service before it takes traffic, as the shared files do.
 */
@Singleton
@Startup
public class DrinkReference {

    static final String FILE = "drink-guidance.json";

    private final DrinkGuidance guidance;

    @Inject
    public DrinkReference(ReferenceData shared) {
        this(new FeatureFileReader(shared));
    }

    /** Reads with the given opener, which maps a file name to its content (null when absent). */
    DrinkReference(ReferenceData shared, Function<String, InputStream> opener) {
        this(new FeatureFileReader(shared, opener));
    }

    private DrinkReference(FeatureFileReader reader) {
        this.guidance = reader.read(FILE, new TypeReference<>() { });
        DrinkGuidanceCheck.check(FILE, guidance, reader);
    }

    public DrinkGuidance guidance() {
        return guidance;
    }
}
