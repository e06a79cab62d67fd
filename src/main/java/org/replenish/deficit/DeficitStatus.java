package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Size of the expected deficit as a share of the daily target. */
@Schema(description = "Expected deficit as a share of the daily target: NONE under 5 %, MILD 5-25 %, MODERATE 25-50 %, LARGE 50 % or more (thresholds in the reference data).")
public enum DeficitStatus {
    NONE,
    MILD,
    MODERATE,
    LARGE
}
