package org.replenish.potassium;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.TargetKind;
import org.replenish.units.Amount;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Rendered;

/** The potassium target compared, and where it came from. */
@Schema(description = "The daily potassium target compared. kind, basis and sourceId are absent when the client gave the target.")
public record ComparisonTarget(
        @Schema(description = "Target per day.", required = true) Amount amount,
        @Schema(description = "Kind of reference value.") TargetKind kind,
        @Schema(description = "Basis of the reference value.") Basis basis,
        @Schema(description = "Source id of the reference value.") String sourceId,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "The life-stage group, when taken from a person, in the language of Content-Language.") String lifeStageGroup,
        @Schema(description = "The life-stage group with its code and parameters (ageBand by its id, sex, lifeStage), when taken from a person.") CodedText lifeStageGroupMessage) {
}
