package org.replenish.targets;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Rendered;

/** The answer of GET /v1/targets. */
@Schema(description = "Daily intake targets and upper limits for one life-stage group.")
public record TargetsResponse(
        @Schema(description = "The basis requested.", required = true) Basis basis,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "The life-stage group used, e.g. '19–30 y, female, pregnant', in the language of Content-Language.", required = true) String lifeStageGroup,
        @Schema(description = "The life-stage group with its code and parameters (ageBand by its id, sex, lifeStage).", required = true) CodedText lifeStageGroupMessage,
        @Schema(description = "One target per mineral with an intake reference, in the order SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE, PHOSPHORUS (bicarbonate has none).", required = true) List<MineralTarget> targets,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "Notes on how the targets were chosen, e.g. a mineral taken from another basis.", required = true) List<String> notes,
        @Schema(description = "The notes with their codes and parameters, in the same order.", required = true) List<CodedText> noteMessages,
        @Schema(description = "Version of the reference data the numbers come from.", required = true) String referenceDataVersion) {
}
