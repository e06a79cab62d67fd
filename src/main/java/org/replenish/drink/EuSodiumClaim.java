package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The EU sodium claim a beverage's sodium per 100 mL supports (Reg. (EC) 1924/2006). */
@Schema(description = "EU sodium claim (Reg. (EC) 1924/2006 Annex) per 100 mL: SODIUM_FREE at most 5 mg sodium "
        + "(0.0125 g salt), VERY_LOW_SODIUM at most 40 mg (0.1 g salt), LOW_SODIUM at most 120 mg (0.3 g salt), else "
        + "NONE. (Waters other than natural mineral waters have a stricter low-sodium value, 2 mg per 100 mL, not "
        + "applied here.)")
public enum EuSodiumClaim {
    SODIUM_FREE,
    VERY_LOW_SODIUM,
    LOW_SODIUM,
    NONE
}
