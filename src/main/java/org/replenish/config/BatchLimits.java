package org.replenish.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many batch requests one pod answers at once. A batch of 100 deficit estimates answers about 1.1 MB; past a few
 * of them in flight the image's 48 MiB heap collects fully back to back and requests time out (docs/benchmarks.md),
 * so further batches are refused at once with a 503 problem and Retry-After instead of being queued. The ranges are
 * checked where the values are used (BatchAdmission, BatchLimitHandler), not with Bean Validation annotations here:
 * those make Quarkus validate the configuration with a validator of its own while starting, which cost the start
 * about 0.6 s of CPU (measured with bench/lib.sh's start_service, the image's settings).
 */
@ConfigMapping(prefix = "replenish.batch")
public interface BatchLimits {

    /**
     * Batch requests in flight per pod, from admission until the answer is written or the connection ends; a batch
     * past it gets 503. 0 refuses every batch. The default is measured with bench/batch.sh (docs/benchmarks.md).
     */
    @WithDefault("2")
    int maxInFlight();

    /** Whole seconds a refused client is told to wait (Retry-After), 1 to 3600. */
    @WithDefault("1")
    int retryAfterSeconds();
}
