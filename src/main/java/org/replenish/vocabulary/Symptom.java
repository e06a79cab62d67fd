package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Signs a person reports; some route the answer to a clinician. */
@Schema(description = "Reported sign or symptom.")
public enum Symptom {
    LEG_CRAMPS,
    SLOW_RECOVERY,
    CONSTIPATION,
    KIDNEY_STONES,
    PALPITATIONS,
    SEIZURE,
    IRRITABLE_BOWEL,
    MUSCLE_PAIN,
    MUSCLE_WEAKNESS,
    CONFUSION,
    HEADACHE,
    NAUSEA
}
