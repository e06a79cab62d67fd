package org.replenish.safety;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/** The deficiency risk level, the minerals at risk of excess, and the factors behind them. */
@Schema(description = "Deficiency risk level and excess risk from the risk factors. The level counts only the risk of too little; a LOW level says nothing about too much, which excessRiskMinerals and the safety flags report.")
public record RiskAssessment(
        @Schema(description = "Risk of a deficiency (too little) from the factors' weights; never a measure of the risk of too much.", required = true) RiskLevel deficiencyRiskLevel,
        @Schema(description = "Source id of the level thresholds (REPLENISH-DESIGN: a design choice).", required = true) String levelSourceId,
        @Schema(description = "How far the level thresholds are confirmed (M: a design choice).", required = true) Confidence levelTag,
        @Schema(description = "Minerals a reported factor can push too high, as the safety policy decides (POTASSIUM: kidney disease, hyperkalemia history, potassium-sparing diuretics, ACE inhibitors, ARBs, regular NSAIDs, heart failure, diabetes or salt substitutes; MAGNESIUM: kidney disease or heavy laxative or antacid use). Empty when none.", required = true) List<Mineral> excessRiskMinerals,
        @Schema(description = "True when potassium is in excessRiskMinerals: a risk of high blood potassium, whatever the deficiency level.", required = true) boolean hyperkalemiaRisk,
        @Schema(description = "Every reported or detected factor.", required = true) List<AssessedFactor> factors) {
}
