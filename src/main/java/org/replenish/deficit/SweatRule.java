package org.replenish.deficit;

import org.replenish.codes.Message;
import org.replenish.codes.ReasonCode;
import org.replenish.reference.DeficitSettings;
import org.replenish.units.Band;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;

/** Chooses the status of the day's sweat part when the safety policy lets the arithmetic stand. Pure. */
final class SweatRule {

    private final DeficitSettings.SourceRef source;

    SweatRule(DeficitSettings settings) {
        this.source = settings.statusSources().sweatToReplace();
    }

    /** sessions: whether the request has any; toReplaceMg is null when no session's sweat could be estimated. */
    Judgement<SweatStatus> judge(Mineral mineral, boolean sessions, Band toReplaceMg) {
        if (!sessions) {
            return judged(SweatStatus.NO_SESSIONS, Message.of(ReasonCode.SWEAT_NO_SESSIONS, "mineral", mineral));
        }
        if (toReplaceMg == null) {
            return judged(SweatStatus.NOT_ESTIMATED, Message.of(ReasonCode.SWEAT_NOT_ESTIMATED, "mineral", mineral));
        }
        if (toReplaceMg.expected() <= 0) {
            return judged(SweatStatus.NOTHING_LEFT_TO_REPLACE, Message.of(ReasonCode.SWEAT_NOTHING_LEFT_TO_REPLACE,
                    "mineral", mineral, "highMg", Numbers.tenth(toReplaceMg.high())));
        }
        return judged(SweatStatus.LOSS_TO_REPLACE, Message.of(ReasonCode.SWEAT_LOSS_TO_REPLACE, "mineral", mineral,
                "expectedMg", Numbers.tenth(toReplaceMg.expected())));
    }

    private Judgement<SweatStatus> judged(SweatStatus status, Message reason) {
        return Judgement.of(status, reason, source);
    }
}
