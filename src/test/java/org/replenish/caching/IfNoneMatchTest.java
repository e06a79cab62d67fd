package org.replenish.caching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-None-Match against a reference GET's tag (RFC 9110: weak comparison, a list, or *). */
class IfNoneMatchTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(IfNoneMatch.matches("\"a\"", "\"a\""));
        assertTrue(IfNoneMatch.matches("\"b\", W/\"a\"", "\"a\""));
        assertTrue(IfNoneMatch.matches("*", "\"a\""));
        assertFalse(IfNoneMatch.matches("\"b\"", "\"a\""));
        assertFalse(IfNoneMatch.matches(null, "\"a\""));
    }
}
