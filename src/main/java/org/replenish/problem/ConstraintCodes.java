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
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.replenish.units.Magnitude;
import org.replenish.validation.ViolationCode;

/**
 * The kind of a Bean Validation violation, read from the payload a validator gave it or else from the constraint's
 * annotation type, never from its message.
 */
final class ConstraintCodes {

    private static final Set<Class<? extends Annotation>> RANGES = Set.of(Min.class, Max.class, DecimalMin.class,
            DecimalMax.class, Positive.class, PositiveOrZero.class, Negative.class, NegativeOrZero.class, Size.class,
            Magnitude.class);

    private ConstraintCodes() {
    }

    static ViolationCode of(ConstraintViolation<?> violation) {
        // A validator that checks a limit from the reference data says so itself (FieldReports.reportOutOfRange).
        ViolationCode reported = (ViolationCode) violation.unwrap(HibernateConstraintViolation.class)
                .getDynamicPayload(ViolationCode.class);
        if (reported != null) {
            return reported;
        }
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == NotNull.class) {
            return ViolationCode.REQUIRED;
        }
        return RANGES.contains(type) ? ViolationCode.OUT_OF_RANGE : ViolationCode.INVALID_VALUE;
    }
}
