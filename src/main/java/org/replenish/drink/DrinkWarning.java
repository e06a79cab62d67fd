package org.replenish.drink;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.Message;
import org.replenish.codes.Texts;
import org.replenish.vocabulary.Rendered;

/** A caution about how the drink is used. */
@Schema(description = "A warning with a stable code; GET /v1/codes lists the codes with their meaning and parameters.")
public record DrinkWarning(
        @Schema(description = "Stable code; an open set (GET /v1/codes lists its values), so tolerate codes you do not know.", required = true) String code,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "What to know, in the language of Content-Language.", required = true) String message,
        @Schema(description = "The message's named parameters (numbers in plain decimal notation, codes by name, lists comma-separated), for rendering the message in another language.", required = true) Map<String, String> parameters) {

    static DrinkWarning of(Message message, Texts texts) {
        return new DrinkWarning(message.code().name(), texts.text(message), Texts.wireParameters(message));
    }
}
