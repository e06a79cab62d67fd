package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a reference value is confirmed, as tagged in the domain reference sheet. */
@Schema(description = "Confidence of a reference value: C confirmed in the primary or official source, S secondary source only, M unconfirmed or a Replenish design choice.")
public enum Confidence {
    C,
    S,
    M
}
