package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The EU nutrition claim a beverage's mineral content per 100 mL supports (Reg. (EC) 1924/2006). */
@Schema(description = "EU nutrition claim (Reg. (EC) 1924/2006 Annex, with the significant amount of Reg. (EU) 1169/2011 "
        + "Annex XIII Part A for a beverage) per 100 mL: HIGH from 15 % of the EU reference intake, SOURCE from 7.5 %, "
        + "else NONE.")
public enum EuClaim {
    HIGH,
    SOURCE,
    NONE
}
