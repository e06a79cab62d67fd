package org.replenish.codes;

import java.util.Map;

/**
 * A message before it is put into words: its code and its named parameters (numbers, enum constants, text, lists of
 * these, or another message). {@link Texts} renders it in a language; the wire carries the code and parameters beside
 * the text, so an app can render its own.
 */
public record Message(Code code, Map<String, Object> parameters) {

    public Message {
        if (!(parameters instanceof ParameterMap)) { // unmodifiable already: no copy per message
            parameters = ParameterMap.copyOf(parameters);
        }
    }

    /** A message from alternating parameter names and values: {@code Message.of(code, "sessions", list)}. */
    public static Message of(Code code, Object... namesAndValues) {
        return new Message(code, ParameterMap.ofPairs(namesAndValues));
    }

    /** The parameters as the map the constructor made of them. */
    @SuppressWarnings("unchecked")
    ParameterMap<Object> parameterMap() {
        return (ParameterMap<Object>) parameters;
    }
}
