package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a usual intake compares with the reference intake, judged only as far as the DRIs allow (sheet 8). */
@Schema(description = "The diet judged against the reference intake, as far as the DRIs allow (IOM 2000). "
        + "AT_OR_ABOVE_REFERENCE: total intake at or above the reference intake (likely adequate). "
        + "BELOW_REFERENCE_INTAKE: below an AI: adequacy cannot be judged; not a deficit (also below an EFSA safe-and-adequate level, which is no target to reach, so no gap is given). "
        + "BELOW_RDA: between the EAR and the RDA: not shown to be inadequate; the probability of inadequacy falls from about 50 % at the EAR to 2-3 % at the RDA. "
        + "LIKELY_BELOW_REQUIREMENT: below the EAR: likely below the requirement; not a diagnosis. "
        + "INTAKE_UNKNOWN: no usual intake was given, so the diet is not judged. "
        + "The safety policy's decisions, which withhold the gap: URGENT_CARE (a red flag calls for urgent care), "
        + "TARGET_SET_WITH_CLINICIAN (a condition or medicine risks an excess; for impaired potassium excretion the AI does not apply), "
        + "LOSSES_MAY_BE_MEDICAL (a reported medicine or condition causes losses of this mineral). "
        + "An open set: tolerate values you do not know.")
public enum DietStatus {
    AT_OR_ABOVE_REFERENCE,
    BELOW_REFERENCE_INTAKE,
    BELOW_RDA,
    LIKELY_BELOW_REQUIREMENT,
    INTAKE_UNKNOWN,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_SET_WITH_CLINICIAN,
    URGENT_CARE
}
