package org.replenish.deficit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.VolumeRange;

/** The day's sweat volume and fluid-balance flags. */
@Schema(description = "Sweat volume of all sessions and fluid-balance flags.")
public record FluidSummary(
        @Schema(description = "Total sweat volume of the sessions, in mL; absent in an urgent answer (safetyPolicy.urgent).") VolumeRange sweatLoss,
        @Schema(description = "Body-mass change in percent of the pre-session mass, (after - before) / before x 100, negative for a loss; of the session with the largest change. Absent when no session gives masses.")
        Double bodyMassChangePercent,
        @Schema(description = "Fluid-balance flags.", required = true) List<FluidFlag> flags) {
}
