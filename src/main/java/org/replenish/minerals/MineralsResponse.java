package org.replenish.minerals;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/minerals. */
@Schema(description = "The minerals the service knows, with their atomic weights and valences.")
public record MineralsResponse(
        @Schema(description = "One entry per mineral.", required = true) List<MineralInfo> minerals,
        @Schema(description = "Version of the reference data the numbers come from.", required = true) String referenceDataVersion) {
}
