package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.replenish.units.EnergyUnit;
import org.replenish.units.Numbers;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;

/** Checks {@link WorkoutNeedsBody} on every session of a request. */
@Dependent
public class WorkoutNeedsBodyValidator implements ConstraintValidator<WorkoutNeedsBody, WorkoutRequest> {

    private final WorkoutSweatData data;

    public WorkoutNeedsBodyValidator(WorkoutReference reference) {
        this.data = reference.data();
    }

    @Override
    public boolean isValid(WorkoutRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        SweatPerson person = request.sweatPerson();
        boolean valid = true;
        for (Map.Entry<String, ExerciseSession> entry : request.sessionsByPath().entrySet()) {
            ExerciseSession session = entry.getValue();
            String path = entry.getKey();
            if (session.energyExpended() == null && session.environment() == null) {
                continue;
            }
            if (!person.bodyKnown()) {
                String field = path + (session.energyExpended() != null ? ".energyExpended" : ".environment");
                String missing = String.join(", ", missing(person));
                valid = FieldReports.reportRule(context, field, RuleCode.WORKOUT_NEEDS_BODY,
                        "needs " + missing + " for the workout sweat model", "fields", missing);
                continue;
            }
            valid &= possibleEnergy(session, person.bodyMassKg(), path, context);
        }
        return valid;
    }

    private static List<String> missing(SweatPerson person) {
        List<String> fields = new ArrayList<>();
        if (person.bodyMassKg() == null) {
            fields.add("person.bodyMass");
        }
        if (person.heightCm() == null) {
            fields.add("person.height");
        }
        return fields;
    }

    /**
     * The energy, with resting energy added to an ACTIVE figure, is at most the limit per kg and hour: above it no
     * person keeps up the pace for the session's duration.
     */
    private boolean possibleEnergy(ExerciseSession session, double kilograms, String path,
                                   ConstraintValidatorContext context) {
        EnergyExpended energy = session.energyExpended();
        if (energy == null || energy.value() == null || energy.unit() == null || energy.kind() == null
                || session.durationMinutes() == null || session.durationMinutes() <= 0) {
            return true;
        }
        double hours = session.durationMinutes() / 60.0;
        double perKgHour = data.inputLimits().maximumEnergyKcalPerKgPerHour();
        double resting = energy.restingLeftOutKilocalories(data.restingEnergyKcalPerKgPerHour().value(), kilograms,
                hours);
        double maxKcal = perKgHour * kilograms * hours - resting;
        if (energy.kilocalories() <= maxKcal) {
            return true;
        }
        EnergyUnit unit = energy.unit();
        double max = Numbers.hundredth(unit.fromKilocalories(maxKcal));
        String symbol = unit == EnergyUnit.KCAL ? "kcal" : "kJ";
        return FieldReports.reportOutOfRange(context, path + ".energyExpended.value", "must be at most "
                        + Numbers.plain(max) + " " + symbol + " for " + Numbers.plain(session.durationMinutes())
                        + " minutes at " + Numbers.plain(Numbers.hundredth(kilograms)) + " kg: no one keeps up more than "
                        + Numbers.plain(perKgHour) + " kcal per kg per hour" + (resting > 0 ? ", resting energy included" : ""),
                "max", max, "unit", symbol);
    }
}
