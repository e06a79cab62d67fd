package org.replenish.potassium;

import org.replenish.safety.ReportedRisks;
import org.replenish.targets.TargetsRequest;
import org.replenish.targets.PersonTargetsAvailable;
import org.replenish.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.targets.PersonProfile;
import org.replenish.units.AmountInput;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.WorkoutNeedsBody;
import org.replenish.sweat.WorkoutRequest;
import org.replenish.sweat.PlausibleDay;
import jakarta.validation.constraints.Size;

/** The body of POST /v1/potassium/capsule-comparisons. */
@Schema(description = "A potassium target (given, or a person's, else the 4,700 mg FDA Daily Value), optional intake and product, to set against the 99 mg capsule limit.")
@ExactlyOneOf(value = {"target", "person"}, required = false,
        bothMessage = "give at most one of target or person, not both")
@PersonTargetsAvailable
@PlausibleCapsuleComparison
@WorkoutNeedsBody
public record CapsuleComparisonRequest(
        @Schema(description = "The daily potassium target; more than 0 and at most 20,000 mg. Not together with person or basis. With neither target nor person the 4,700 mg FDA Daily Value is compared, a label reference rather than a personal target.")
        @Valid AmountInput target,
        @Schema(description = "The person whose target to use. Not together with target.")
        @Valid PersonProfile person,
        @Schema(description = "Basis of the person's target; NASEM_DRI (the NASEM 2019 Adequate Intake) when absent, or EFSA; with a person FDA_DAILY_VALUE is a 400 naming this field (a Daily Value is a label reference, not a person's target). Without a person only FDA_DAILY_VALUE is accepted (it is the default then); with a target, none.")
        Basis basis,
        @Schema(description = "Potassium already eaten per day; gives the gap to close. Absent: no gap is given (unknown, not zero).")
        @Valid AmountInput dietaryIntake,
        @Schema(description = "A potassium product to assess; absent: no product assessment.")
        @Valid PotassiumProduct product,
        @Schema(description = "Risk factors that apply (the codes of the deficit estimate); the one safety policy decides as on the other endpoints; none when absent.")
        List<@NotNull RiskFactor> riskFactors,
        @Schema(description = "Signs or symptoms the person reports (within the last 24 hours); the red-flag rules are the same as on the other endpoints. None when absent.")
        List<@NotNull Symptom> symptoms,
        @Schema(description = "Exercise sessions of the last 24 hours, 0 to 20, as the deficit estimate takes them (at most 1,440 minutes and 12 L of expected sweat in all); used only by the red-flag rules (prolonged activity, body-mass change). None when absent.", maxItems = 20)
        @Size(max = 20) @PlausibleDay List<@NotNull @Valid ExerciseSession> sessions) implements TargetsRequest, WorkoutRequest, ReportedRisks {

    /** A given target, or no person, selects no person's target. */
    @Override
    public Basis personBasis() {
        return target != null || person == null ? null : basis == null ? Basis.NASEM_DRI : basis;
    }

    public List<ExerciseSession> sessionsOrEmpty() {
        return sessions == null ? List.of() : sessions;
    }

    @Override
    public SweatPerson sweatPerson() {
        return PersonProfile.sweatPersonOf(person);
    }
}
