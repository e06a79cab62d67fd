package org.replenish.safety;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Overall risk of an electrolyte deficiency from the risk factors. */
@Schema(description = "Deficiency risk from the risk factors: LOW (none raising it), ELEVATED, HIGH. See the README for the weights.")
public enum RiskLevel {
    LOW,
    ELEVATED,
    HIGH
}
