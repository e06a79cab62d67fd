package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Confidence;

/** The class of each end of the deficit band, so the status shows its uncertainty. */
@Schema(description = "Class of the low end, expected value and high end of the deficit band, with the source of the thresholds.")
public record SizeClasses(
        @Schema(description = "Class of the low end of the band.", required = true) DeficitSize low,
        @Schema(description = "Class of the expected value.", required = true) DeficitSize expected,
        @Schema(description = "Class of the high end of the band.", required = true) DeficitSize high,
        @Schema(description = "Source id of the thresholds (REPLENISH-DESIGN: a design choice).", required = true) String sourceId,
        @Schema(description = "How far the thresholds are confirmed (M: a design choice).", required = true) Confidence tag) {
}
