package org.replenish.drink;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Osmolality and the tonicity class it gives. */
@Schema(description = "Osmolality of the drink and its tonicity class.")
public record Tonicity(
        @Schema(description = "Osmolality in mOsm/kg: the label's value, or an estimate band.", required = true) OsmolalityRange osmolality,
        @Schema(description = "Tonicity class of the expected osmolality.", required = true)
        @JsonProperty("class") TonicityClass tonicityClass,
        @Schema(description = "Where the osmolality came from.", required = true) OsmolalityBasis basis,
        @Schema(description = "Tonicity class of the low end of the band.", required = true) TonicityClass lowClass,
        @Schema(description = "Tonicity class of the high end of the band.", required = true) TonicityClass highClass,
        @Schema(description = "Whether the band spans more than one class, so the class of the expected value is uncertain.", required = true) boolean spansClasses) {
}
