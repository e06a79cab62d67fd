package org.replenish.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.drink.DrinkLabel;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.WorkoutNeedsBody;
import org.replenish.sweat.SingleSessionRequest;
import org.replenish.targets.PersonProfile;
import org.replenish.targets.PersonTargetsAvailable;
import org.replenish.safety.ReportedRisks;
import org.replenish.targets.TargetsRequest;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** The body of POST /v1/session-plans. */
@Schema(description = "A planned session, the person and optionally the drinks at hand, for a plan of what to drink before, during and after it.")
@PersonTargetsAvailable
@WorkoutNeedsBody
@PlanNeedsBodyMass
public record SessionPlanRequest(
        @Schema(description = "The person; bodyMass is required here (the plan's volumes scale with it), height lets the workout sweat model run.", required = true)
        @NotNull @Valid PersonProfile person,
        @Schema(description = "Basis of the person's targets for the life-stage checks; NASEM_DRI when absent, or EFSA; FDA_DAILY_VALUE is a 400 naming this field.")
        Basis basis,
        @Schema(description = "The planned session, as a deficit estimate's session: activity, duration (at most 1,440 minutes), energy and air, or a measured sweatRate and sweatSodium.", required = true)
        @NotNull @Valid ExerciseSession session,
        @Schema(description = "Drink labels at hand, 0 to 5, as in the drink check; each gets the volume per hour that meets the plan's fluid and what that volume supplies.", maxItems = 5)
        @Size(max = 5) List<@NotNull @Valid DrinkLabel> drinks,
        @Schema(description = "Risk factors that apply; the one safety policy decides as on the other endpoints. None when absent.")
        List<@NotNull RiskFactor> riskFactors,
        @Schema(description = "Signs or symptoms the person reports (within the last 24 hours); a red flag ends the plan. None when absent.")
        List<@NotNull Symptom> symptoms) implements TargetsRequest, SingleSessionRequest, ReportedRisks {

    @Override
    public Basis personBasis() {
        return basis == null ? Basis.NASEM_DRI : basis;
    }

    @Override
    public SweatPerson sweatPerson() {
        return PersonProfile.sweatPersonOf(person);
    }

    public List<DrinkLabel> drinksOrEmpty() {
        return drinks == null ? List.of() : drinks;
    }

}
