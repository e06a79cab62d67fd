package org.replenish.sweat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.MassInput;
import org.replenish.units.VolumeInput;

/** The field method of Baker 2017: weigh before and after, count what was drunk and passed as urine. */
@Schema(description = "Body mass before and after a session, with fluid drunk and urine passed during it (Baker 2017 field method; 1 kg of mass lost = 1 L of sweat). Weigh nude or in dry minimal clothing after voiding.")
public record BodyMassChange(
        @Schema(description = "Body mass before the session; 2 to 400 kg.", required = true)
        @NotNull @Valid @PlausibleBodyMass MassInput before,
        @Schema(description = "Body mass after the session; 2 to 400 kg, and at most 15 % below before.", required = true)
        @NotNull @Valid @PlausibleBodyMass MassInput after,
        @Schema(description = "Fluid drunk during the session; taken as 0 when absent (an assumption says so). At most 20 L.")
        @Valid VolumeInput fluidIntake,
        @Schema(description = "Urine passed during the session; taken as 0 when absent. At most 20 L.")
        @Valid VolumeInput urineOutput) {

    /** The mass lost as a percentage of the mass before, (before - after) / before x 100; negative for a gain. */
    public double lossPercent() {
        double before = this.before.kilograms();
        return (before - after.kilograms()) / before * 100.0;
    }
}
