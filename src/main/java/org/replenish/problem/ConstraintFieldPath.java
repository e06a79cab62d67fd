package org.replenish.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Renders a Bean Validation path as the client's name for the field: the method node and the body parameter's Java
 * name are dropped, so "estimate.request.sessions[0].durationMinutes" becomes "sessions[0].durationMinutes", and a
 * constraint on the body itself (a missing body) names "body".
 */
final class ConstraintFieldPath {

    private ConstraintFieldPath() {
    }

    static String of(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                // Query parameters are parsed by QueryParameters, so a validated parameter is always the body.
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('.').append(node.getKey());
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? JsonFieldPath.BODY : field.toString();
    }
}
