package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Circumstances that raise the risk of an electrolyte deficit, or make supplements unsafe. */
@Schema(description = "Risk factor code. Causing losses (the safety policy decides LOSSES_MAY_BE_MEDICAL for the "
        + "minerals each affects): ALCOHOL (regular heavy drinking), VOMITING (also a red flag after prolonged activity), "
        + "DIARRHEA, THIAZIDE_DIURETIC, LOOP_DIURETIC, PROTON_PUMP_INHIBITOR (duration not given), "
        + "PROTON_PUMP_INHIBITOR_LONG_TERM (months to years), GITELMAN_SYNDROME. Raising deficiency risk only: "
        + "LOW_GREEN_VEGETABLE_INTAKE (fewer than several servings a day), SWEATING_WITHOUT_REPLENISHING. Risking an "
        + "excess (the policy decides TARGET_SET_WITH_CLINICIAN): for potassium POTASSIUM_SPARING_DIURETIC, ACE_INHIBITOR, "
        + "ARB, NSAID_REGULAR_USE, CHRONIC_KIDNEY_DISEASE, HEART_FAILURE, HYPERKALEMIA_HISTORY, SALT_SUBSTITUTE_USE, "
        + "DIABETES; for magnesium CHRONIC_KIDNEY_DISEASE and LAXATIVE_OR_ANTACID_USE (heavy use of magnesium-containing "
        + "laxatives or antacids).")
public enum RiskFactor {
    ALCOHOL,
    VOMITING,
    DIARRHEA,
    THIAZIDE_DIURETIC,
    LOOP_DIURETIC,
    LOW_GREEN_VEGETABLE_INTAKE,
    SWEATING_WITHOUT_REPLENISHING,
    POTASSIUM_SPARING_DIURETIC,
    ACE_INHIBITOR,
    ARB,
    NSAID_REGULAR_USE,
    CHRONIC_KIDNEY_DISEASE,
    HEART_FAILURE,
    HYPERKALEMIA_HISTORY,
    SALT_SUBSTITUTE_USE,
    PROTON_PUMP_INHIBITOR,
    GITELMAN_SYNDROME,
    DIABETES,
    LAXATIVE_OR_ANTACID_USE,
    PROTON_PUMP_INHIBITOR_LONG_TERM
}
