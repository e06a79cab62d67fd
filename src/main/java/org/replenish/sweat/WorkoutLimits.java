package org.replenish.sweat;

import jakarta.validation.ConstraintValidatorContext;
import org.replenish.sweat.WorkoutSweatData.Limits;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;

/** Reports a workout input outside its plausible range, once converted, with the range and its unit. */
final class WorkoutLimits {

    private WorkoutLimits() {
    }

    /** Always false, for "return holds || reportOutside(...)". */
    static boolean reportOutside(ConstraintValidatorContext context, String path, Limits limits, String unit) {
        return FieldReports.reportOutOfRange(context, path, "must be from " + Numbers.plain(limits.min()) + " to "
                        + Numbers.plain(limits.max()) + " " + unit + " once converted",
                "min", limits.min(), "max", limits.max(), "unit", unit);
    }
}
