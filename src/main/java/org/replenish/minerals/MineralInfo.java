package org.replenish.minerals;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** What the service knows about one mineral for conversions. */
@Schema(description = "A mineral's chemistry as used in every unit conversion, and what the service does with it.")
public record MineralInfo(
        @Schema(description = "The mineral.", required = true) Mineral mineral,
        @Schema(description = "Chemical symbol (the ion's formula for bicarbonate).", required = true) String symbol,
        @Schema(description = "Standard atomic weight in g/mol (= mg per mmol); for bicarbonate the molar mass of the HCO3- ion.", required = true) double atomicWeight,
        @Schema(description = "Ionic charge; mEq = mmol x |valence|. Absent for phosphorus, whose charge as phosphate depends on pH.") Integer valence,
        @Schema(description = "Amount units the API accepts for this mineral; MEQ is left out where the mineral has no milliequivalents in the API (phosphorus, bicarbonate).", required = true) List<AmountUnit> acceptedUnits,
        @Schema(description = "Source id of the atomic weight.", required = true) String sourceId,
        @Schema(description = "How far the value is confirmed.", required = true) Confidence tag,
        @Schema(description = "Whether GET /v1/targets gives daily targets for this mineral; false for bicarbonate.", required = true) boolean intakeReference,
        @Schema(description = "What the service does and does not do with this mineral, and why; absent for the five minerals every calculation models.") String note,
        @Schema(description = "Source id of the note.") String noteSourceId,
        @Schema(description = "How far the note is confirmed.") Confidence noteTag) {
}
