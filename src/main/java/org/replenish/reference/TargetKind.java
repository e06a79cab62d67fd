package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of reference value a number is. */
@Schema(description = "Kind of reference value: RDA Recommended Dietary Allowance, AI Adequate Intake, DV label Daily Value, CDRR Chronic Disease Risk Reduction intake (reduce intake if above), UL Tolerable Upper Intake Level.")
public enum TargetKind {
    RDA,
    AI,
    DV,
    CDRR,
    UL
}
