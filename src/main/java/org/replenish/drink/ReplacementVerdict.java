package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a session's sweat loss of a mineral the drink puts back. */
@Schema(description = "Sweat-loss replacement, from the amount counted (drunk, up to the session's expected sweat volume) as a share of the session's expected loss: REPLACED from 100 %, PARTLY_REPLACED from 50 %, else LITTLE_REPLACED (drink-guidance.json, a design choice).")
public enum ReplacementVerdict {
    REPLACED,
    PARTLY_REPLACED,
    LITTLE_REPLACED
}
