package org.replenish.deficit;

import org.replenish.codes.Message;
import org.replenish.reference.DeficitSettings;

/** A status of the diet or the sweat part with its reason, from a rule whose source is the given one. */
record Judgement<S extends Enum<S>>(S status, StatusReason reason) {

    static <S extends Enum<S>> Judgement<S> of(S status, Message reason, DeficitSettings.SourceRef source) {
        return new Judgement<>(status, new StatusReason(reason, source.sourceId(), source.tag()));
    }
}
