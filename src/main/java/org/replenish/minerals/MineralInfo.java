package org.replenish.minerals;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** What the service knows about one mineral for conversions. */
@Schema(description = "A mineral's chemistry as used in every unit conversion.")
public record MineralInfo(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "Chemical symbol.", required = true) String symbol,
        @Schema(description = "Standard atomic weight in g/mol (= mg per mmol).", required = true) double atomicWeight,
        @Schema(description = "Ionic charge; mEq = mmol x |valence|.", required = true) int valence,
        @Schema(description = "Amount units the API accepts for this mineral.", required = true) List<AmountUnit> acceptedUnits,
        @Schema(description = "Source id of the atomic weight.", required = true) String sourceId,
        @Schema(description = "How far the value is confirmed.", required = true) Confidence tag) {
}
