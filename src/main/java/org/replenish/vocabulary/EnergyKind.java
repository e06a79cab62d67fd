package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether an exported energy includes the resting energy of the session's time. */
@Schema(description = "What an energy figure holds: ACTIVE the energy above resting (HealthKit activeEnergyBurned, "
        + "Health Connect ActiveCaloriesBurnedRecord), to which the model adds the resting energy of 1 kcal per kg per "
        + "hour (the MET definition); TOTAL the energy including resting (Health Connect TotalCaloriesBurnedRecord, "
        + "Garmin's session calories).")
public enum EnergyKind {
    ACTIVE,
    TOTAL
}
