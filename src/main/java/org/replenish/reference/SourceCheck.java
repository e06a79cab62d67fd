package org.replenish.reference;

import java.util.Set;
import org.replenish.vocabulary.Confidence;

/** Checks that a value cites a known source and carries a confidence tag. */
record SourceCheck(Set<String> sourceIds) {

    void require(String file, String entry, String sourceId, Confidence tag) {
        ReferenceDataLoader.require(sourceId != null && sourceIds.contains(sourceId), file, entry,
                "unknown source id " + sourceId);
        ReferenceDataLoader.require(tag != null, file, entry, "missing confidence tag");
    }
}
