package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How strongly a safety flag routes the person away from self-treatment. */
@Schema(description = "Severity of a safety flag: INFO, CAUTION, SEE_CLINICIAN, URGENT (seek care now).")
public enum Severity {
    INFO,
    CAUTION,
    SEE_CLINICIAN,
    URGENT
}
