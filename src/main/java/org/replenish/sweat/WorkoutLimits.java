package org.replenish.sweat;

import jakarta.validation.ConstraintValidatorContext;
import org.replenish.sweat.WorkoutSweatData.Limits;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;

/** Reports a body or workout input outside its plausible range, once converted, with the range and its unit. */
final class WorkoutLimits {

    private WorkoutLimits() {
    }

    /** Always false, for "return holds || reportOutside(...)". */
    static boolean reportOutside(ConstraintValidatorContext context, String path, Limits limits, String unit) {
        return reportOutside(context, path, limits.min(), limits.max(), unit);
    }

    /** Always false, for "return holds || reportOutside(...)". */
    static boolean reportOutside(ConstraintValidatorContext context, String path, double min, double max,
                                 String unit) {
        return FieldReports.reportOutOfRange(context, path, "must be from " + Numbers.plain(min) + " to "
                + Numbers.plain(max) + " " + unit + " once converted", "min", min, "max", max, "unit", unit);
    }
}
