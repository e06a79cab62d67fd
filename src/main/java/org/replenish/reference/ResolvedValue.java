package org.replenish.reference;

import org.replenish.vocabulary.Confidence;

/** A value for one group with the row's overrides of kind, source and tag applied. */
public record ResolvedValue(double mg, TargetKind kind, String sourceId, Confidence tag) {
}
