package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sweat-sodium groups of Lara 2016: under 30, 30 to 60 and over 60 mmol/L. */
@Schema(description = "Self-reported sweat-sodium group (Lara 2016): LOW under 30 mmol/L, TYPICAL 30-60 mmol/L, SALTY over 60 mmol/L.")
public enum SweatSodiumProfile {
    LOW,
    TYPICAL,
    SALTY
}
