package org.replenish.deficit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.Assumption;
import org.replenish.safety.RiskAssessment;
import org.replenish.safety.SafetyFlag;
import org.replenish.safety.SafetyPolicyResult;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.Rendered;

/** The answer of POST /v1/deficit-estimates. */
@Schema(description = "The diet against the reference intakes and today's sweat losses with what is left to replace, kept apart, with ranges, sources, assumptions and safety flags.")
public record DeficitEstimate(
        @Schema(description = "Basis of the targets.", required = true) Basis basis,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "The life-stage group whose targets are used, in the language of Content-Language.", required = true) String lifeStageGroup,
        @Schema(description = "The life-stage group with its code and parameters (ageBand by its id, sex, lifeStage).", required = true) CodedText lifeStageGroupMessage,
        @Schema(description = "What the one safety policy decided; every mineral's figures obey it.", required = true) SafetyPolicyResult safetyPolicy,
        @Schema(description = "One entry per mineral: SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE: the diet and today's sweat, each judged on its own.", required = true) List<MineralEstimate> minerals,
        @Schema(description = "Sweat volume and fluid-balance flags.", required = true) FluidSummary fluid,
        @Schema(description = "One entry per session, in request order.", required = true) List<SessionSummary> sessions,
        @Schema(description = "Deficiency risk from the risk factors.", required = true) RiskAssessment riskAssessment,
        @Schema(description = "Safety flags, most severe first. Show these before any number.", required = true) List<SafetyFlag> safety,
        @Schema(description = "What the reported symptoms that are no red flag do and do not indicate (cramps are mostly neuromuscular, not proof of a deficiency; NOTE codes); empty when none.", required = true) List<CodedText> symptomNotes,
        @Schema(description = "Every default the estimate used.", required = true) List<Assumption> assumptions,
        @Schema(description = "Version of the reference data the numbers come from.", required = true) String referenceDataVersion,
        @Schema(description = "The result is an estimate, not medical advice; in the language of Content-Language.", required = true) String disclaimer) {
}
