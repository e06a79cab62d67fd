package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The class of a deficit as a share of the daily target. */
@Schema(description = "Deficit as a share of the daily target: NONE under 5 %, MILD 5-25 %, MODERATE 25-50 %, LARGE 50 % or more (thresholds in the reference data, a design choice).")
public enum DeficitSize {
    NONE,
    MILD,
    MODERATE,
    LARGE
}
