package org.replenish.potassium;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Amount;

/** The 99 mg per-unit potassium limit of supplements and why it exists. */
@Schema(description = "The per-unit potassium limit of supplements, the forms it applies to and its basis.")
public record CapsuleLimit(
        @Schema(description = "The limit per unit: 99 mg.", required = true) Amount limit,
        @Schema(description = "Per-tablet amount from which 21 CFR 201.306 has coated potassium-salt drug tablets carry the prescription caution: 100 mg.", required = true) Amount prescriptionThreshold,
        @Schema(description = "Forms the limit applies to: solid units.", required = true) List<ProductForm> appliesToForms,
        @Schema(description = "Why the limit exists, in one sentence.", required = true) String basis,
        @Schema(description = "The basis statement by statement, each with its sources and confidence tag.", required = true) List<BasisStatement> basisStatements,
        @Schema(description = "Source ids of the rule.", required = true) List<String> sourceIds,
        @Schema(description = "Version of the reference data.", required = true) String referenceDataVersion) {
}
