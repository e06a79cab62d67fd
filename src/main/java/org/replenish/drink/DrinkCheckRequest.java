package org.replenish.drink;

import org.replenish.safety.ReportedRisks;
import org.replenish.targets.TargetsRequest;
import org.replenish.targets.PersonTargetsAvailable;
import org.replenish.validation.ExactlyOneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.sweat.ExerciseSession;
import org.replenish.sweat.SweatPerson;
import org.replenish.sweat.WorkoutNeedsBody;
import org.replenish.sweat.SingleSessionRequest;
import org.replenish.targets.PersonProfile;
import org.replenish.units.Magnitude;
import org.replenish.units.VolumeInput;
import org.replenish.vocabulary.Basis;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** The body of POST /v1/drink-adequacy-checks. */
@Schema(description = "A drink label, how much of it is drunk, and optionally the person and the session it is meant to replace.")
@ExactlyOneOf(value = {"consumed", "servings"}, required = false)
@PersonTargetsAvailable
@PlausibleDrinkCheck
@WorkoutNeedsBody
public record DrinkCheckRequest(
        @Schema(description = "The drink's label.", required = true)
        @NotNull @Valid DrinkLabel drink,
        @Schema(description = "Volume drunk; not together with servings. One serving when both are absent.")
        @Valid VolumeInput consumed,
        @Schema(description = "Servings drunk, from 0.001 to 50; not together with consumed.", minimum = "0", exclusiveMinimum = true)
        @DecimalMin(value = "0", inclusive = false) @Magnitude Double servings,
        @Schema(description = "The person; without one the targets are the FDA Daily Values a label is read against.")
        @Valid PersonProfile person,
        @Schema(description = "Basis of the person's targets; NASEM_DRI when absent, or EFSA; with a person FDA_DAILY_VALUE is a 400 naming this field (a Daily Value is a label reference, not a person's target). Without a person the targets are the FDA Daily Values: FDA_DAILY_VALUE is accepted then, any other basis is a 400 naming this field.")
        Basis basis,
        @Schema(description = "An exercise session whose sweat losses the drink is held against; absent: no sweat replacement is given and an assumption says the fluid balance was not checked.")
        @Valid ExerciseSession session,
        @Schema(description = "Risk factors that apply (the codes of the deficit estimate); the one safety policy decides as on the other endpoints. Absent: not known, so a potassium-rich drink gets a conservative caution in the summary; an empty list: none apply.")
        List<@NotNull RiskFactor> riskFactors,
        @Schema(description = "Signs or symptoms the person reports (within the last 24 hours; the session, if given, counts as prolonged activity from 60 minutes); the red-flag rules are the same as on the other endpoints. None when absent.")
        List<@NotNull Symptom> symptoms) implements TargetsRequest, SingleSessionRequest, ReportedRisks {

    /** Without a person the targets are the label Daily Values, not a person's. */
    @Override
    public Basis personBasis() {
        return person == null ? null : basis == null ? Basis.NASEM_DRI : basis;
    }

    @Override
    public SweatPerson sweatPerson() {
        return PersonProfile.sweatPersonOf(person);
    }

}
