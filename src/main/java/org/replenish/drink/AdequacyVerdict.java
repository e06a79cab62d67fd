package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a drink supplies enough of a mineral. */
@Schema(description = "ADEQUATE, PARTIAL, INADEQUATE, or ABSENT when the label lacks the mineral. "
        + "Against the daily target: ADEQUATE from 100 % of it, PARTIAL from 20 % (the share at which 21 CFR 101.54 "
        + "calls a food a high source), else INADEQUATE. Safety wins over every share: ABOVE_UPPER_LIMIT when the "
        + "magnesium drunk (counted as added unless the label says NATURAL) is above the supplemental upper limit for "
        + "the person's age; TARGET_SET_WITH_CLINICIAN, LOSSES_MAY_BE_MEDICAL or URGENT_CARE when the safety policy "
        + "decides so for the mineral (no share of the target is judged then). An open set: tolerate values you do not "
        + "know.")
public enum AdequacyVerdict {
    ADEQUATE,
    PARTIAL,
    INADEQUATE,
    ABSENT,
    ABOVE_UPPER_LIMIT,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_SET_WITH_CLINICIAN,
    URGENT_CARE
}
