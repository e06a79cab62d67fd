package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Confidence;

/** One statement of why the capsule limit exists, with its own sources and confidence. */
@Schema(description = "One statement of the capsule limit's basis, with its sources and confidence tag: the drug rule is confirmed (C), the 99 mg supplement ceiling an industry convention from secondary sources (S).")
public record BasisStatement(
        @Schema(description = "The statement, in English whatever Accept-Language asks (reference data not yet translated).", required = true) String statement,
        @Schema(description = "Source ids behind it.", required = true) List<String> sourceIds,
        @Schema(description = "Confidence tag: C confirmed in the primary source, S secondary only, M unconfirmed or a design choice.", required = true) Confidence tag) {
}
