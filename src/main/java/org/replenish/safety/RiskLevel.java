package org.replenish.safety;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Overall risk of an electrolyte deficiency from the risk factors. */
@Schema(description = "Deficiency risk from the risk factors: LOW (none raising it), ELEVATED, HIGH. "
        + "Each reported factor has a deficiency weight (0, 1 or 2, given in each assessed factor); a total of 2 or more "
        + "is HIGH, 1 ELEVATED, 0 LOW.")
public enum RiskLevel {
    LOW,
    ELEVATED,
    HIGH
}
