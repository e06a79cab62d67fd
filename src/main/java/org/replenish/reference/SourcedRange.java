package org.replenish.reference;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.replenish.vocabulary.Confidence;

/**
 * A sourced band: the expected value and the band around it (a sweat concentration in mmol/L, or a sweat rate in
 * L/h). sourceId and tag are the expected value's; an end of the band from another source names it in lowSourceId/lowTag or highSourceId/highTag, and
 * boundsNote says why.
 */
public record SourcedRange(double expected, double low, double high, String sourceId, Confidence tag,
                                 String lowSourceId, Confidence lowTag, String highSourceId, Confidence highTag,
                                 String boundsNote) {

    /** The sources of the expected value and of each end of the band, each named once, in that order. */
    public List<String> sourceIds() {
        return Stream.of(sourceId, lowSourceId, highSourceId).filter(Objects::nonNull).distinct().toList();
    }
}
