package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Signs a person reports; some route the answer to a clinician or to urgent care. */
@Schema(description = "Reported sign or symptom (within the last 24 hours). Red flags (SEIZURE, FAINTING, "
        + "REDUCED_CONSCIOUSNESS, BREATHING_DIFFICULTY; VOMITING or CONFUSION after prolonged activity; PALPITATIONS or "
        + "MUSCLE_WEAKNESS with a potassium risk factor) make the answer URGENT; PALPITATIONS, CONFUSION and "
        + "MUSCLE_WEAKNESS otherwise, and HEADACHE, NAUSEA or DIZZINESS after prolonged activity without clear mass loss, "
        + "route it to a clinician.")
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
    NAUSEA,
    VOMITING,
    DIZZINESS,
    FAINTING,
    REDUCED_CONSCIOUSNESS,
    BREATHING_DIFFICULTY
}
