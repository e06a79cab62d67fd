package org.replenish.codes;

import java.util.List;

/**
 * Sessions named in a message: 0-based indices into the request's sessions array, as the wire parameters give them,
 * and counted from 1 in the texts a person reads ("sessions 1, 3"; issue 27 item 4).
 */
public record SessionNumbers(List<Integer> indices) {

    public SessionNumbers {
        indices = List.copyOf(indices);
    }

    public static SessionNumbers of(List<Integer> indices) {
        return new SessionNumbers(indices);
    }
}
