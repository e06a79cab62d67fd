package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.Assumption;
import org.replenish.safety.SafetyFlag;
import org.replenish.safety.SafetyPolicyResult;
import org.replenish.units.Volume;
import org.replenish.vocabulary.Basis;

/** The answer of POST /v1/drink-adequacy-checks. */
@Schema(description = "What a drink supplies per serving and per litre, held against targets, sweat losses and sports-drink guidance.")
public record DrinkAdequacyCheck(
        @Schema(description = "The drink's name as given.") String drinkName,
        @Schema(description = "Basis of the targets: FDA_DAILY_VALUE without a person.", required = true) Basis targetBasis,
        @Schema(description = "What the one safety policy decided; the verdicts and figures obey it.", required = true) SafetyPolicyResult safetyPolicy,
        @Schema(description = "What the check judges, each part on its own: the daily targets, the session's losses, the composition guidance.", required = true) DrinkSummary summary,
        @Schema(description = "Volume drunk.", required = true) Volume consumedVolume,
        @Schema(description = "One entry per mineral: SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE.", required = true) List<MineralSupply> minerals,
        @Schema(description = "Phosphorus as the label states it (elemental phosphorus, per serving, in the volume drunk and "
                + "per litre, in mg and mmol; no mEq, since phosphate's charge depends on pH). Reported only: Replenish's sources give "
                + "no drink guidance or sweat loss for phosphorus, so it has no target share, %DV, claim, verdict or target "
                + "reach, and it does not enter the composition, category, tonicity estimate or warnings. onLabel is false "
                + "when the label does not state it.", required = true) ReportedSupply phosphorus,
        @Schema(description = "Potassium verdict against the daily target.", required = true) Verdict potassium,
        @Schema(description = "Magnesium verdict against the daily target.", required = true) Verdict magnesium,
        @Schema(description = "Sodium against the session's sweat loss and the sports-drink concentration ranges.", required = true) SodiumAssessment sodium,
        @Schema(description = "EU sodium claim (Reg. (EC) 1924/2006) the drink supports per 100 mL; absent when the label states neither sodium nor salt. The US claims (sourceClaim of each mineral) stay beside it: each market reads its own.") EuSodiumClaim euSodiumClaim,
        @Schema(description = "The drink against the conditions of the EU claims on carbohydrate-electrolyte solutions.", required = true) CarbohydrateElectrolyteSolution euCarbohydrateElectrolyteSolution,
        @Schema(description = "Composition against guidance, and category.", required = true) Composition composition,
        @Schema(description = "Osmolality and tonicity.", required = true) Tonicity tonicity,
        @Schema(description = "Cautions about use.", required = true) List<DrinkWarning> warnings,
        @Schema(description = "Safety flags from the person, risk factors, symptoms and session, most severe first; the same policy as on every endpoint.", required = true) List<SafetyFlag> safety,
        @Schema(description = "What the reported symptoms that are no red flag do and do not indicate (cramps are mostly neuromuscular, not proof of a deficiency; NOTE codes); empty when none.", required = true) List<CodedText> symptomNotes,
        @Schema(description = "Every default used.", required = true) List<Assumption> assumptions,
        @Schema(description = "Version of the reference data.", required = true) String referenceDataVersion,
        @Schema(description = "The result is arithmetic, not advice; in the language of Content-Language.", required = true) String disclaimer) {
}
