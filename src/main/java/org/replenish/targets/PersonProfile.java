package org.replenish.targets;

import org.replenish.sweat.PlausibleBodyMass;
import org.replenish.sweat.PlausibleHeight;
import org.replenish.sweat.SweatPerson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.HeightInput;
import org.replenish.units.Magnitude;
import org.replenish.units.MassInput;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/** Who the targets are for: the inputs of the life-stage group. */
@Schema(description = "The person whose life-stage group picks the dietary targets.")
public record PersonProfile(
        @Schema(description = "Sex used to pick the reference group.", required = true)
        @NotNull Sex sex,
        @Schema(description = "Age in years; fractions for infants (0.5 = 6 months): 0, or from 0.001 to 120.", required = true, minimum = "0", maximum = "120")
        @NotNull @DecimalMin("0") @DecimalMax("120") @Magnitude(max = 120) Double ageYears,
        @Schema(description = "Pregnancy or lactation; NONE when absent. PREGNANT and LACTATING need sex FEMALE and age 14 or over.", defaultValue = "NONE")
        LifeStage lifeStage,
        @Schema(description = "Body mass, 2 to 400 kg; optional; checked for plausibility. With height it lets the workout sweat model estimate a session's sweat; energyExpended or environment on a session needs both.")
        @Valid @PlausibleBodyMass MassInput bodyMass,
        @Schema(description = "Body height, 40 to 275 cm; optional. With bodyMass it gives the body surface area of the workout sweat model.")
        @Valid @PlausibleHeight HeightInput height) {

    /** A profile without a body mass, as the GET endpoints take it. */
    public PersonProfile(Sex sex, Double ageYears, LifeStage lifeStage) {
        this(sex, ageYears, lifeStage, null, null);
    }

    /** A profile without a height: the workout sweat model does not run for it. */
    public PersonProfile(Sex sex, Double ageYears, LifeStage lifeStage, MassInput bodyMass) {
        this(sex, ageYears, lifeStage, bodyMass, null);
    }

    /** What the sweat estimate needs of a person who may be absent. */
    public static SweatPerson sweatPersonOf(PersonProfile person) {
        return person == null ? SweatPerson.UNKNOWN : person.sweatPerson();
    }

    /** What the sweat estimate needs of the person; a missing or incomplete measure is null. */
    public SweatPerson sweatPerson() {
        return new SweatPerson(ageYears,
                bodyMass == null || bodyMass.value() == null || bodyMass.unit() == null ? null : bodyMass.kilograms(),
                height == null || height.value() == null || height.unit() == null ? null : height.centimetres());
    }

    public LifeStage lifeStageOrNone() {
        return lifeStage == null ? LifeStage.NONE : lifeStage;
    }
}
