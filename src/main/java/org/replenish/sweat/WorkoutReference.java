package org.replenish.sweat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.function.Function;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.ReferenceData;

/**
 * The workout sweat model's reference file, workout-sweat.json, read and checked once at startup, so a bad file stops
 * the service before it takes traffic.
 */
@Singleton
@Startup
public class WorkoutReference {

    static final String FILE = "workout-sweat.json";

    private final WorkoutSweatData data;

    @Inject
    public WorkoutReference(ReferenceData shared) {
        this(shared, new FeatureFileReader(shared));
    }

    /** Reads with the given opener, which maps a file name to its content (null when absent). */
    WorkoutReference(ReferenceData shared, Function<String, InputStream> opener) {
        this(shared, new FeatureFileReader(shared, opener));
    }

    private WorkoutReference(ReferenceData shared, FeatureFileReader reader) {
        this.data = reader.read(FILE, new TypeReference<>() { });
        WorkoutDataCheck.check(FILE, data, shared.sweat(), reader);
    }

    public WorkoutSweatData data() {
        return data;
    }
}
