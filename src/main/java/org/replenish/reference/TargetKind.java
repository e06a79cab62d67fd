package org.replenish.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What sort of reference value a number is. */
@Schema(description = "Kind of reference value: RDA Recommended Dietary Allowance, AI Adequate Intake, DV label Daily Value, CDRR Chronic Disease Risk Reduction intake (reduce intake if above), UL Tolerable Upper Intake Level, SAFE_AND_ADEQUATE an intake EFSA considers safe and adequate (its sodium and chloride values from 1 year), not an AI; EAR Estimated Average Requirement, the intake that meets the needs of half of a group (below it an intake is likely inadequate; IOM 2000).")
public enum TargetKind {
    RDA,
    AI,
    DV,
    CDRR,
    UL,
    SAFE_AND_ADEQUATE,
    EAR
}
