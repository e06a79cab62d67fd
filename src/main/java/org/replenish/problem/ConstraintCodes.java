package org.replenish.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.replenish.units.Magnitude;
import org.replenish.validation.ReportedFault;
import org.replenish.validation.ViolationCode;

/**
 * The kind of a Bean Validation violation, read from the payload a validator gave it or else from the constraint's
 * annotation type, never from its message.
 */
final class ConstraintCodes {

    private static final Set<Class<? extends Annotation>> RANGES = Set.of(Min.class, Max.class, DecimalMin.class,
            DecimalMax.class, Positive.class, PositiveOrZero.class, Negative.class, NegativeOrZero.class, Size.class,
            Magnitude.class);

    /** The attributes every constraint has, which say nothing about the value. */
    private static final Set<String> NOT_PARAMETERS = Set.of("message", "groups", "payload");

    private ConstraintCodes() {
    }

    static ViolationCode of(ConstraintViolation<?> violation) {
        // A validator that checks a limit from the reference data says so itself (FieldReports.reportOutOfRange).
        ReportedFault reported = reported(violation);
        if (reported != null) {
            return reported.code();
        }
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == NotNull.class) {
            return ViolationCode.REQUIRED;
        }
        return RANGES.contains(type) ? ViolationCode.OUT_OF_RANGE : ViolationCode.INVALID_VALUE;
    }

    /**
     * The values the violation's message states: what its validator reported, or else the constraint's own attributes
     * (value and inclusive of a DecimalMax, min and max of a Size, ...), each as plain text.
     */
    static Map<String, String> parameters(ConstraintViolation<?> violation) {
        ReportedFault reported = reported(violation);
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        Map<String, String> parameters;
        if (reported != null) {
            parameters = reported.parameters();
            type = null;
        } else {
            parameters = new TreeMap<>();
            for (Map.Entry<String, Object> attribute : violation.getConstraintDescriptor().getAttributes().entrySet()) {
                if (!NOT_PARAMETERS.contains(attribute.getKey())) {
                    parameters.put(attribute.getKey(), String.valueOf(attribute.getValue()));
                }
            }
        }
        return of(violation) == ViolationCode.OUT_OF_RANGE ? RangeParameters.of(type, parameters, violation.getInvalidValue())
                : parameters;
    }

    private static ReportedFault reported(ConstraintViolation<?> violation) {
        Object payload = violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(ReportedFault.class);
        return payload instanceof ReportedFault fault ? fault : null;
    }
}
