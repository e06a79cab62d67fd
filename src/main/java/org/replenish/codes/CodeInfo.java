package org.replenish.codes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code of the catalogue. */
@Schema(description = "A code an answer can carry: what it means and the names of its message's parameters.")
public record CodeInfo(
        @Schema(description = "The code as it appears on the wire.", required = true) String code,
        @Schema(description = "What the code means, in English.", required = true) String description,
        @Schema(description = "Names of the message's parameters, in the order the English text uses them; empty when the message has none.", required = true) List<String> parameters) {
}
