package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the safety policy decides for one mineral, weakest first: when several rules apply, the strongest wins
 * (urgent care, then risk of excess, then losses that may be medical, then the supplement gate, then arithmetic).
 */
@Schema(description = "What the one safety policy decides for a mineral, strongest wins: URGENT_CARE (a red flag: no "
        + "deficits, amounts to replace or drink verdicts for any mineral); TARGET_SET_WITH_CLINICIAN (a condition or "
        + "medicine that risks an excess: no target share, gap, band, size class, verdict or volume to meet the target); "
        + "LOSSES_MAY_BE_MEDICAL (a medicine or condition that causes losses: no gap, band or class; get tested instead); "
        + "SUPPLEMENTS_ONLY_WITH_CLINICIAN (a life-stage gate: the target and food figures apply, but no capsule, serving "
        + "or supplement counts); ARITHMETIC (nothing withheld). An open set: tolerate values you do not know.")
public enum PolicyDecision {
    ARITHMETIC,
    SUPPLEMENTS_ONLY_WITH_CLINICIAN,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_SET_WITH_CLINICIAN,
    URGENT_CARE;

    /** Whether a rule may decide this for its own minerals (urgency is the request's, arithmetic is no decision). */
    public boolean decidesForMinerals() {
        return this != ARITHMETIC && this != URGENT_CARE;
    }

    /** No figure held against the target or the loss: no gap, band, class, share, verdict or amount to replace. */
    public boolean withholdsTargetArithmetic() {
        return compareTo(LOSSES_MAY_BE_MEDICAL) >= 0;
    }

    /** No capsule, serving or supplement counts. */
    public boolean withholdsSupplementCounts() {
        return compareTo(SUPPLEMENTS_ONLY_WITH_CLINICIAN) >= 0;
    }

    public PolicyDecision strongest(PolicyDecision other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
