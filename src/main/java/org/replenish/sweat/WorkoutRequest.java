package org.replenish.sweat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request body with sessions and a person, so {@link WorkoutNeedsBody} can check what the workout model needs. */
public interface WorkoutRequest {

    /** The person as the sweat estimate reads it; {@link SweatPerson#UNKNOWN} without one. */
    SweatPerson sweatPerson();

    /** The request's sessions; none when absent. */
    List<ExerciseSession> sessionsOrEmpty();

    /**
     * Each session by the path the client sent it under, null entries left to their own violation: "sessions[2]"
     * for a list field; a request with one session field overrides this with "session".
     */
    default Map<String, ExerciseSession> sessionsByPath() {
        List<ExerciseSession> sessions = sessionsOrEmpty();
        Map<String, ExerciseSession> byPath = new LinkedHashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) != null) {
                byPath.put("sessions[" + i + "]", sessions.get(i));
            }
        }
        return byPath;
    }
}
