package org.replenish.sweat;

import java.util.List;
import java.util.Map;

/** A request body with one session field, "session", rather than a list. */
public interface SingleSessionRequest extends WorkoutRequest {

    ExerciseSession session();

    @Override
    default List<ExerciseSession> sessionsOrEmpty() {
        return session() == null ? List.of() : List.of(session());
    }

    @Override
    default Map<String, ExerciseSession> sessionsByPath() {
        return session() == null ? Map.of() : Map.of("session", session());
    }
}
