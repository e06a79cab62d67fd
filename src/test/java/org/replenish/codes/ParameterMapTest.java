package org.replenish.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A message's parameters behave as the LinkedHashMap they replaced (the oracle): same entries in the same order,
 * the first of two equal names keeping its place with the later value, the same look-ups, equal to any map with the
 * same entries, and unmodifiable.
 */
class ParameterMapTest {

    /** Pairs from small codes: name "p" + code % 4 (so names repeat), value the code itself or null when it is 7. */
    private static Object[] pairs(List<Integer> codes) {
        Object[] pairs = new Object[codes.size() * 2];
        for (int i = 0; i < codes.size(); i++) {
            pairs[2 * i] = "p" + codes.get(i) % 4;
            pairs[2 * i + 1] = codes.get(i) == 7 ? null : codes.get(i);
        }
        return pairs;
    }

    private static Map<String, Object> oracle(Object[] pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void handWorkedPairs() {
        // "a" then "b" then "a" again: "a" keeps the first place and takes the later value, as LinkedHashMap.put.
        Map<String, Object> map = ParameterMap.ofPairs("a", 1, "b", 2, "a", 3);
        assertEquals(List.of("a", "b"), new ArrayList<>(map.keySet()));
        assertEquals(List.of(3, 2), new ArrayList<>(map.values()));
        assertEquals(3, map.get("a"));
        assertNull(map.get("c"));
        assertFalse(map.containsKey("c"));
        assertEquals(Map.of("a", 3, "b", 2), map);
        assertThrows(IllegalArgumentException.class, () -> ParameterMap.ofPairs("a"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("c", 4));
    }

    @Test
    void behavesAsTheLinkedHashMapItReplaced() {
        qt().forAll(lists().of(integers().between(0, 9)).ofSizeBetween(0, 8)).check(codes -> {
            Object[] pairs = pairs(codes);
            Map<String, Object> expected = oracle(pairs);
            Map<String, Object> built = ParameterMap.ofPairs(pairs);
            Map<String, Object> copied = ParameterMap.copyOf(expected);
            boolean sameLookups = true;
            for (int name = 0; name < 5; name++) { // p4 is never a name
                sameLookups &= expected.get("p" + name) == built.get("p" + name)
                        && expected.containsKey("p" + name) == built.containsKey("p" + name);
            }
            return sameLookups
                    && new ArrayList<>(expected.entrySet()).equals(new ArrayList<>(built.entrySet()))
                    && new ArrayList<>(expected.entrySet()).equals(new ArrayList<>(copied.entrySet()))
                    && expected.equals(built) && built.equals(expected) && expected.hashCode() == built.hashCode();
        });
    }

    @Test
    void mappedValuesKeepTheNamesAndTheirOrder() {
        Map<String, String> wire = ParameterMap.ofPairs("b", 2, "a", 1).mapValues(String::valueOf);
        assertEquals(List.of("b", "a"), new ArrayList<>(wire.keySet()));
        assertEquals("1", wire.get("a"));
        assertTrue(ParameterMap.ofPairs().mapValues(String::valueOf).isEmpty());
    }
}
