package org.replenish.reference;

/** A single threshold or constant with its source. */
public record SourcedValue(double value, String sourceId, Confidence tag) {
}
