package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What today's sweat losses leave to replace, kept apart from the diet's judgement (sheet 7 principle). */
@Schema(description = "Today's sweat losses against what was taken back, kept apart from the diet. "
        + "NO_SESSIONS: no session was given. "
        + "NOT_ESTIMATED: no session's sweat could be estimated (a child's sessions without a measurement). "
        + "NOTHING_LEFT_TO_REPLACE: the expected loss is covered by what was taken back, usual intake above the reference and, for sodium and chloride, the activity their AIs allow for. "
        + "LOSS_TO_REPLACE: some expected loss is left to replace (toReplace). "
        + "The safety policy's decisions, which withhold the figures held against the reference: URGENT_CARE (every figure withheld), "
        + "TARGET_SET_WITH_CLINICIAN and LOSSES_MAY_BE_MEDICAL (the loss is shown, nothing is counted as to replace). "
        + "An open set: tolerate values you do not know.")
public enum SweatStatus {
    NO_SESSIONS,
    NOT_ESTIMATED,
    NOTHING_LEFT_TO_REPLACE,
    LOSS_TO_REPLACE,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_SET_WITH_CLINICIAN,
    URGENT_CARE
}
