package org.replenish.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.VolumeSpan;

/** What to drink before the session (ACSM 2007), scaled by body mass. */
@Schema(description = "Fluid before the session (ACSM 2007 position stand), scaled by body mass: drink slowly about "
        + "5-7 mL/kg at least 4 hours before; if no urine is produced or it is dark, about 3-5 mL/kg more about 2 hours "
        + "before. Salty snacks or a sodium-containing drink help keep the fluid.")
public record BeforeSession(
        @Schema(description = "About 4 hours before, 5-7 mL per kg.", required = true) VolumeSpan fourHoursBefore,
        @Schema(description = "About 2 hours before, 3-5 mL per kg, only if no urine is produced or it is dark.", required = true) VolumeSpan twoHoursBeforeIfUrineDark,
        @Schema(description = "Source id of the volumes (GET /v1/sources/{id}).", required = true) String sourceId) {
}
