package org.replenish.codes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One code of the catalogue. */
@Schema(description = "A code an answer can carry: what it means, its message's template in the language of Content-Language and the type of each parameter, so an app can render the message itself.")
public record CodeInfo(
        @Schema(description = "The code as it appears on the wire.", required = true) String code,
        @Schema(description = "What the code means, in English.", required = true) String description,
        @Schema(description = "The message's template in the language of Content-Language: literal text with {name} placeholders, each replaced by its parameter formatted for that language (numbers with the language's decimal mark, ENUM values in words, session indices counted from 1, source ids as short citations); no other syntax (no plurals: counts appear as lists).", required = true) String template,
        @Schema(description = "The message's parameters, in the order the template uses them; empty when it has none.", required = true) List<ParameterInfo> parameters) {
}
