package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the deficit figure of a mineral means, and its size when it is a dietary balance. */
@Schema(description = "NONE, MILD, MODERATE, LARGE: with known intake, the class of the expected deficit as a share of the target (NONE under 5 %, MILD 5-25 %, MODERATE 25-50 %, LARGE 50 % or more; thresholds in the reference data, a design choice). SWEAT_LOSS_TO_REPLACE: intake unknown, the figure is sweat loss not yet replaced, not a dietary deficiency. The safety policy's decisions: URGENT_CARE: a red flag calls for urgent care, so no gap, loss, deficit or class is given; TARGET_SET_WITH_CLINICIAN: a condition or medicine risks an excess (for impaired potassium excretion the AI does not apply), so no gap, unreplaced loss, deficit, percentage or class is given; LOSSES_MAY_BE_MEDICAL: a reported medicine or condition causes losses of this mineral, so no gap, unreplaced loss, deficit or class is given. NOT_ESTIMATED: intake unknown and no session's sweat could be estimated (a child's sessions without a measurement), so there is no figure. An open set: tolerate values you do not know.")
public enum DeficitStatus {
    NONE,
    MILD,
    MODERATE,
    LARGE,
    SWEAT_LOSS_TO_REPLACE,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_SET_WITH_CLINICIAN,
    URGENT_CARE,
    NOT_ESTIMATED
}
