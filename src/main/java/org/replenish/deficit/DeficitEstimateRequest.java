package org.replenish.deficit;

import org.replenish.units.Mineral;
import org.replenish.safety.ReportedRisks;
import org.replenish.targets.TargetsRequest;
import org.replenish.targets.PersonTargetsAvailable;
import org.replenish.sweat.PlausibleDailyAmount;
import org.replenish.sweat.PlausibleDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.WorkoutNeedsBody;
import org.replenish.sweat.WorkoutRequest;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.units.MineralAmounts;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** The body of POST /v1/deficit-estimates. */
@Schema(description = "A day's training, diet and circumstances for which to estimate electrolyte deficits.")
@PersonTargetsAvailable
@WorkoutNeedsBody
public record DeficitEstimateRequest(
        @Schema(description = "The person; picks the daily targets.", required = true)
        @NotNull @Valid PersonProfile person,
        @Schema(description = "Basis of the targets: NASEM_DRI (when absent) or EFSA; FDA_DAILY_VALUE is a 400 naming this field (a Daily Value is a label reference, not a person's target).")
        Basis basis,
        @Schema(description = "Exercise sessions of the day (the last 24 hours), 0 to 20, lasting at most 1,440 minutes in all and sweating at most 12 L in all (expected); none when absent (no sweat loss).", maxItems = 20)
        @Size(max = 20) @PlausibleDay List<@NotNull @Valid ExerciseSession> sessions,
        @Schema(description = "Usual daily intake per mineral from food and drink; an absent mineral is unknown, not zero.")
        @Valid @PlausibleDailyAmount MineralAmounts dietaryIntake,
        @Schema(description = "Magnesium taken as supplements or medicines per day; compared with the supplemental UL. Absent: the total intake is the diet alone and no UL comparison is made.")
        @Valid @PlausibleDailyAmount(mineral = Mineral.MAGNESIUM) AmountInput supplementalMagnesium,
        @Schema(description = "Risk factors that apply; none when absent.")
        List<@NotNull RiskFactor> riskFactors,
        @Schema(description = "Signs or symptoms the person reports; none when absent.")
        List<@NotNull Symptom> symptoms) implements TargetsRequest, WorkoutRequest, ReportedRisks {

    @Override
    public Basis personBasis() {
        return basis == null ? Basis.NASEM_DRI : basis;
    }

    public List<ExerciseSession> sessionsOrEmpty() {
        return sessions == null ? List.of() : sessions;
    }

    @Override
    public SweatPerson sweatPerson() {
        return PersonProfile.sweatPersonOf(person);
    }

}
