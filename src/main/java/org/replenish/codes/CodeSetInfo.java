package org.replenish.codes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One set of codes in the catalogue. */
@Schema(description = "A set of codes. Open sets may gain codes in any version: clients must tolerate a code they do not know and can show the text that comes with it.")
public record CodeSetInfo(
        @Schema(description = "Name of the set, e.g. ASSUMPTION.", required = true) String set,
        @Schema(description = "Where the set's codes appear.", required = true) String description,
        @Schema(description = "Whether a later version may add codes to the set (true for every set listed here).", required = true) boolean open,
        @Schema(description = "The codes known to this version.", required = true) List<CodeInfo> codes) {
}
