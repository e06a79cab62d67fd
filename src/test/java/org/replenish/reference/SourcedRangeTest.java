package org.replenish.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.replenish.vocabulary.Confidence;

/** A band's sources as a message cites them: the value's first, then each end's own, each once. */
class SourcedRangeTest {

    private static SourcedRange range(String value, String low, String high) {
        return new SourcedRange(5, 4, 14, value, Confidence.C, low, Confidence.S, high, Confidence.S, null);
    }

    @Test
    void theValuesSourceComesFirstAndEachEndsOwnAfterIt() {
        assertEquals(List.of("IOM2005", "BAKER2017"), range("IOM2005", "BAKER2017", null).sourceIds());
        assertEquals(List.of("IOM2005", "BAKER2017", "BARNES2019"),
                range("IOM2005", "BAKER2017", "BARNES2019").sourceIds());
    }

    @Test
    void aSourceNamedTwiceIsCitedOnceAndAMissingOneNotAtAll() {
        assertEquals(List.of("IOM2005"), range("IOM2005", "IOM2005", "IOM2005").sourceIds());
        assertEquals(List.of("IOM2005", "BAKER2017"), range("IOM2005", null, "BAKER2017").sourceIds());
        assertEquals(List.of("IOM2005", "BAKER2017"), range("IOM2005", "BAKER2017", "IOM2005").sourceIds());
    }
}
