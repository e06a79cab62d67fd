package org.replenish.deficit;

import org.replenish.codes.Message;
import org.replenish.vocabulary.Confidence;

/** A status's reason before it is put into words, with the source and tag behind the rule. */
record StatusReason(Message reason, String sourceId, Confidence tag) {
}
