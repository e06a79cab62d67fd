package org.replenish.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.function.Function;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.ReferenceData;

/** The session plan's reference file, session-plan.json, read and checked once at startup. */
@Singleton
@Startup
public class PlanReference {

    static final String FILE = "session-plan.json";

    private final PlanGuidance guidance;

    @Inject
    public PlanReference(ReferenceData shared) {
        this(new FeatureFileReader(shared));
    }

    /** Reads with the given opener, which maps a file name to its content (null when absent). */
    PlanReference(ReferenceData shared, Function<String, InputStream> opener) {
        this(new FeatureFileReader(shared, opener));
    }

    private PlanReference(FeatureFileReader reader) {
        this.guidance = reader.read(FILE, new TypeReference<>() { });
        PlanGuidanceCheck.check(FILE, guidance, reader);
    }

    public PlanGuidance guidance() {
        return guidance;
    }
}
