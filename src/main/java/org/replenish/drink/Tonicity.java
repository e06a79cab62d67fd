package org.replenish.drink;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Osmolality and the tonicity class it gives. */
@Schema(description = "Osmolality of the drink and its tonicity class.")
public record Tonicity(
        @Schema(description = "Osmolality in mOsm/kg: the label's value, or an estimate band.", required = true) OsmolalityRange osmolality,
        @Schema(description = "Tonicity class of the expected osmolality.", required = true)
        @JsonProperty("class") TonicityClass tonicityClass,
        @Schema(description = "Where the osmolality came from.", required = true) OsmolalityBasis basis) {
}
