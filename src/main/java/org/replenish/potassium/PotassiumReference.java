package org.replenish.potassium;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.function.Function;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.ReferenceData;

/**
 * The potassium feature's own reference file, potassium.json, read and checked once at startup ({@code @Startup}), so a
 * bad file stops the service before it takes traffic, as the shared files do.
 */
@Singleton
@Startup
public class PotassiumReference {

    static final String FILE = "potassium.json";

    private final PotassiumData data;

    @Inject
    public PotassiumReference(ReferenceData shared) {
        this(shared, new FeatureFileReader(shared));
    }

    /** Reads with the given opener, which maps a file name to its content (null when absent). */
    PotassiumReference(ReferenceData shared, Function<String, InputStream> opener) {
        this(shared, new FeatureFileReader(shared, opener));
    }

    private PotassiumReference(ReferenceData shared, FeatureFileReader reader) {
        this.data = reader.read(FILE, new TypeReference<>() { });
        PotassiumDataCheck.check(FILE, data, shared.elements(), reader);
    }

    public PotassiumData data() {
        return data;
    }
}
