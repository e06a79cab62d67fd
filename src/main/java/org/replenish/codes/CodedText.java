package org.replenish.codes;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Rendered;

/** A human message with its stable code and named parameters beside its text, so an app can render its own language. */
@Schema(description = "A message with a stable code and named parameters beside its text; GET /v1/codes lists every code with its parameters.")
public record CodedText(
        @Schema(description = "Stable code; an open set (GET /v1/codes lists its values), so tolerate codes you do not know.", required = true) String code,
        @Schema(description = "The message's named parameters (numbers in plain decimal notation, codes by name, lists comma-separated).", required = true) Map<String, String> parameters,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "The message in the language of Content-Language.", required = true) String text) {

    public static CodedText of(Message message, Texts texts) {
        return new CodedText(message.code().name(), Texts.wireParameters(message), texts.text(message));
    }

    // Plain loops rather than streams: these run for every list of every answer, where a stream's pipeline objects
    // and its array sizing showed in the profiles for lists of one to five messages.
    public static List<CodedText> all(List<Message> messages, Texts texts) {
        CodedText[] coded = new CodedText[messages.size()];
        for (int i = 0; i < coded.length; i++) {
            coded[i] = of(messages.get(i), texts);
        }
        return List.of(coded);
    }

    /** The texts alone, for the plain-text lists that answers keep beside the coded ones. */
    public static List<String> texts(List<CodedText> messages) {
        String[] texts = new String[messages.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = messages.get(i).text();
        }
        return List.of(texts);
    }
}
