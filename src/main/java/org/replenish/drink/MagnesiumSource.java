package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a drink's magnesium comes from, which decides whether the supplemental upper limit applies to it. */
@Schema(description = "ADDED: magnesium added as an ingredient (a supplement in the sense of the upper limit, IOM 1997). "
        + "NATURAL: magnesium the drink holds by nature (coconut water, mineral water), food magnesium that no upper limit "
        + "covers. Absent: unknown, so the upper-limit check treats it as added and says \"if added\".")
public enum MagnesiumSource {
    ADDED,
    NATURAL
}
