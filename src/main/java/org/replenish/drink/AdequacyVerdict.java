package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a drink supplies enough of a mineral. */
@Schema(description = "ADEQUATE, PARTIAL, INADEQUATE, or ABSENT when the label lacks the mineral. "
        + "Against the daily target: ADEQUATE from 100 % of it, PARTIAL from 20 % (the share at which 21 CFR 101.54 "
        + "calls a food a high source), else INADEQUATE.")
public enum AdequacyVerdict {
    ADEQUATE,
    PARTIAL,
    INADEQUATE,
    ABSENT
}
