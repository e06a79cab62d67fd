package org.replenish.sources;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/sources/{id}. */
@Schema(description = "One source the reference data cites.")
public record SourceResponse(
        @Schema(description = "The source.", required = true) SourceInfo source,
        @Schema(description = "Version of the reference data the source belongs to.", required = true) String referenceDataVersion) {
}
