package org.replenish.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Renders Jackson's location of a bad value as the JSON path the client sent, e.g. sessions[0].sweatRate.unit. */
final class JsonFieldPath {

    static final String BODY = "body";

    private JsonFieldPath() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }
}
