package org.replenish.sweat;

/**
 * What a session's sweat estimate needs of the person, each null when not given: the age picks the rules for children,
 * young people and older adults (sheet 11); body mass and height let the workout sweat model run.
 */
public record SweatPerson(Double ageYears, Double bodyMassKg, Double heightCm) {

    /** No person given (a drink check without one). */
    public static final SweatPerson UNKNOWN = new SweatPerson(null, null, null);

    /** Whether the workout model has the body it needs. */
    public boolean bodyKnown() {
        return bodyMassKg != null && heightCm != null;
    }
}
