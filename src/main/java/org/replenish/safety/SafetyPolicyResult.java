package org.replenish.safety;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Mineral;

/** The safety policy's decision as every answer that knows a person carries it. */
@Schema(description = "What the one safety policy decided for this request; the same person, risk factors, symptoms and "
        + "sessions get the same decision from every endpoint. Figures a decision withholds are absent from the answer.")
public record SafetyPolicyResult(
        @Schema(description = "True when a red flag calls for urgent care: the answer then gives no deficits, amounts to replace or drink verdicts.", required = true) boolean urgent,
        @Schema(description = "One decision per mineral: SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE.", required = true) List<MineralDecision> minerals,
        @Schema(description = "Minerals a reported condition or medicine can push too high (the minerals decided TARGET_SET_WITH_CLINICIAN when the request is not urgent); empty when none.", required = true) List<Mineral> excessRiskMinerals) {
}
