package org.replenish.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Renders a Bean Validation path as the client's name for the field: the method node and the body parameter's Java
 * name are dropped, so "estimate.request.sessions[0].durationMinutes" becomes "sessions[0].durationMinutes".
 */
final class ConstraintFieldPath {

    private ConstraintFieldPath() {
    }

    static String of(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
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
        if (field.isEmpty()) {
            return parameter == null ? JsonFieldPath.BODY : parameter;
        }
        return field.toString();
    }
}
