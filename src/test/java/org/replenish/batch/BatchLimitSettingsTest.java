package org.replenish.batch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.replenish.config.BatchLimits;

/**
 * Settings out of range fail the start with a message naming the setting: the ranges are checked by the handler and
 * the admission, not by Bean Validation on the configuration (BatchLimits says why).
 */
class BatchLimitSettingsTest {

    private static BatchLimits limits(int maxInFlight, int retryAfterSeconds) {
        return new BatchLimits() {
            @Override
            public int maxInFlight() {
                return maxInFlight;
            }

            @Override
            public int retryAfterSeconds() {
                return retryAfterSeconds;
            }
        };
    }

    private static BatchLimitHandler handler(BatchLimits limits) {
        return new BatchLimitHandler(null, limits, new SimpleMeterRegistry());
    }

    @Test
    void retryAfterIsOneToThreeThousandSixHundredSeconds() {
        assertDoesNotThrow(() -> handler(limits(2, 1)));
        assertDoesNotThrow(() -> handler(limits(2, 3600)));
        for (int outside : new int[] {0, -1, 3601}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> handler(limits(2, outside)));
            assertTrue(e.getMessage().contains("replenish.batch.retry-after-seconds"), e.getMessage());
        }
    }

    @Test
    void aNegativeLimitNamesItsSetting() {
        assertDoesNotThrow(() -> handler(limits(0, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> handler(limits(-1, 1)));
        assertTrue(e.getMessage().contains("replenish.batch.max-in-flight"), e.getMessage());
    }
}
