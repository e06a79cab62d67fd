package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A normalised volume. */
@Schema(description = "A volume in millilitres.")
public record Volume(@Schema(description = "Volume in millilitres (mL).", required = true) double mL) {
}
