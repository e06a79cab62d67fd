package org.replenish.sweat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.SpeedInput;
import org.replenish.units.TemperatureInput;

/** The air a session was held in; each part optional, a missing one an assumption of the answer. */
@Schema(description = "The air of the session, for the workout sweat model; needs the person's bodyMass and height. "
        + "A missing part is assumed (20 °C, 50 % relative humidity, 1 m/s wind) and the answer says so.")
public record Environment(
        @Schema(description = "Air temperature; must convert to -40 to 60 °C. The model is validated from 15 to 46 °C: outside it the estimate is the model's at the nearest validated temperature with a wider band.")
        @Valid TemperatureInput airTemperature,
        @Schema(description = "Relative humidity in percent, 0 to 100.", minimum = "0", maximum = "100")
        @DecimalMin("0") @DecimalMax("100") Double relativeHumidity,
        @Schema(description = "Wind (air speed over the body); must convert to at most 30 m/s. Validated from 0.4 to 2.5 m/s; outside it the band is wider.")
        @Valid SpeedInput windSpeed) {
}
