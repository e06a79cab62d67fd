package org.replenish.sources;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/sources. */
@Schema(description = "Every source the reference data cites, ordered by id.")
public record SourcesResponse(
        @Schema(description = "One entry per source.", required = true) List<SourceInfo> sources,
        @Schema(description = "Version of the reference data the sources belong to.", required = true) String referenceDataVersion) {
}
