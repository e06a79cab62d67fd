package org.replenish.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.LimitScope;
import org.replenish.reference.TargetKind;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Confidence;

/** An intake not to exceed (UL), or to reduce towards (CDRR), with what it applies to. */
@Schema(description = "An upper reference intake per day: a UL (Tolerable Upper Intake Level) or a CDRR (reduce intake if above), with the intake it applies to.")
public record UpperLimit(
        @Schema(description = "The limit per day.", required = true) Amount amount,
        @Schema(description = "UL or CDRR.", required = true) TargetKind kind,
        @Schema(description = "What intake the limit applies to; the magnesium UL applies to supplements only.", required = true) LimitScope scope,
        @Schema(description = "Source id of the value; GET /v1/sources/{id} answers the citation.", required = true) String sourceId,
        @Schema(description = "How far the value is confirmed.", required = true) Confidence tag,
        @Schema(description = "Basis the limit comes from; differs from the target's basis when that basis sets no limit for this group and the NASEM_DRI limit is shown instead (see notes).", required = true) Basis basis) {
}
