package org.replenish.deficit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the deficit figure of a mineral means, and its size when it is a dietary balance. */
@Schema(description = "NONE, MILD, MODERATE, LARGE: with known intake, the class of the expected deficit as a share of the target (NONE under 5 %, MILD 5-25 %, MODERATE 25-50 %, LARGE 50 % or more; thresholds in the reference data, a design choice). SWEAT_LOSS_TO_REPLACE: intake unknown, the figure is sweat loss not yet replaced, not a dietary deficiency. LOSSES_MAY_BE_MEDICAL: a reported medicine or condition causes losses of this mineral, so no dietary label is given. TARGET_DOES_NOT_APPLY: the target does not apply to this person (the potassium AI with impaired potassium excretion), so no gap or class is given.")
public enum DeficitStatus {
    NONE,
    MILD,
    MODERATE,
    LARGE,
    SWEAT_LOSS_TO_REPLACE,
    LOSSES_MAY_BE_MEDICAL,
    TARGET_DOES_NOT_APPLY
}
