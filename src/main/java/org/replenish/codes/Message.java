package org.replenish.codes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message before it is put into words: its code and its named parameters (numbers, enum constants, text, lists of
 * these, or another message). {@link Texts} renders it in a language; the wire carries the code and parameters beside
 * the text, so an app can render its own.
 */
public record Message(Code code, Map<String, Object> parameters) {

    public Message {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A message from alternating parameter names and values: {@code Message.of(code, "sessions", list)}. */
    public static Message of(Code code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Message(code, parameters);
    }
}
