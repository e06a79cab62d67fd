package org.replenish.reference;

import org.replenish.vocabulary.Confidence;

/** A single threshold or constant with its source. */
public record SourcedValue(double value, String sourceId, Confidence tag) {
}
