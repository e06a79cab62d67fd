package org.replenish.reference;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;
import org.replenish.vocabulary.Rendered;

/** A default the calculation used in place of something the client did not give. */
@Schema(description = "A default or convention the calculation assumed, with a stable code apps can switch on.")
public record Assumption(
        @Schema(description = "Stable code, e.g. POPULATION_SWEAT_RATE; an open set (GET /v1/codes lists its values and parameters), so tolerate codes you do not know.", required = true) String code,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "What was assumed, with its source, in the language of Content-Language.", required = true) String message,
        @Schema(description = "The message's named parameters (numbers in plain decimal notation, codes by name, lists comma-separated), for rendering the message in another language.", required = true) Map<String, String> parameters) {

    static Assumption of(Message message, Texts texts) {
        return new Assumption(message.code().name(), texts.text(message), Texts.wireParameters(message));
    }
}
