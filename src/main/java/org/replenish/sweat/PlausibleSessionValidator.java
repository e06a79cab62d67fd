package org.replenish.sweat;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.replenish.reference.DeficitSettings;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SweatDefaults;
import org.replenish.units.AmountUnit;
import org.replenish.units.MassInput;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;
import org.replenish.units.Numbers;
import org.replenish.units.SpeedInput;
import org.replenish.units.SweatRateInput;
import org.replenish.units.TemperatureInput;
import org.replenish.units.VolumeInput;
import org.replenish.validation.FieldReports;
import org.replenish.validation.RuleCode;

/** Checks {@link PlausibleSession}: the rules across a session's fields that depend on the reference data. */
@Dependent
public class PlausibleSessionValidator implements ConstraintValidator<PlausibleSession, ExerciseSession> {

    private final SweatDefaults sweat;
    private final DeficitSettings settings;
    private final MineralConverter converter;
    private final WorkoutSweatData.InputLimits workoutLimits;

    public PlausibleSessionValidator(ReferenceData data, MineralConverter converter, WorkoutReference workout) {
        this.sweat = data.sweat();
        this.settings = data.deficit();
        this.converter = converter;
        this.workoutLimits = workout.data().inputLimits();
    }

    @Override
    public boolean isValid(ExerciseSession session, ConstraintValidatorContext context) {
        if (session == null) {
            return true;
        }
        boolean valid = true;
        SweatRateInput rate = session.sweatRate();
        if (rate != null && rate.value() != null && rate.unit() != null) {
            double maxRate = sweat.maximumSweatRateLitresPerHour().value();
            valid &= rate.litresPerHour() <= maxRate || FieldReports.reportOutOfRange(context, "sweatRate.value",
                    "must be at most " + Numbers.plain(maxRate) + " L/h once converted", "max", maxRate, "unit", "L/h");
        }
        if (session.sweatSodium() != null && session.sweatSodium().value() != null
                && session.sweatSodium().unit() != null) {
            double mmol = converter.fromMilligrams(Mineral.SODIUM,
                    converter.toMilligramsPerLitre(Mineral.SODIUM, session.sweatSodium()), AmountUnit.MMOL);
            double max = sweat.maximumSweatSodiumMmolPerLitre().value();
            valid &= mmol <= max || FieldReports.reportOutOfRange(context, "sweatSodium.value",
                    "must be at most " + Numbers.plain(max) + " mmol/L once converted", "max", max, "unit", "mmol/L");
        }
        if (session.bodyMassChange() != null) {
            valid &= bodyMassChange(session.bodyMassChange(), context);
        }
        if (session.environment() != null) {
            valid &= environment(session.environment(), context);
        }
        valid &= session.sweatSodiumSite() == null || session.sweatSodium() != null || FieldReports.reportRule(context,
                "sweatSodiumSite", RuleCode.SITE_NEEDS_SWEAT_SODIUM,
                "says where sweatSodium was measured: give sweatSodium too, or leave it out");
        return valid;
    }

    private boolean bodyMassChange(BodyMassChange change, ConstraintValidatorContext context) {
        boolean valid = true;
        if (plausible(change.before()) && plausible(change.after())) {
            double lossPercent = change.lossPercent();
            double max = settings.fluid().maximumBodyMassLossPercent().value();
            valid = lossPercent <= max || FieldReports.reportOutOfRange(context, "bodyMassChange.after.value",
                    "a loss of more than " + Numbers.plain(max) + " % of body mass in one session is not plausible",
                    "max", max, "unit", "%");
        }
        valid &= fluid(change.fluidIntake(), "bodyMassChange.fluidIntake.value", context);
        return valid & fluid(change.urineOutput(), "bodyMassChange.urineOutput.value", context);
    }

    private boolean environment(Environment air, ConstraintValidatorContext context) {
        boolean valid = true;
        TemperatureInput temperature = air.airTemperature();
        if (temperature != null && temperature.value() != null && temperature.unit() != null) {
            valid = workoutLimits.airTemperatureC().contains(temperature.celsius()) || WorkoutLimits.reportOutside(
                    context, "environment.airTemperature.value", workoutLimits.airTemperatureC(), "°C");
        }
        SpeedInput wind = air.windSpeed();
        if (wind != null && wind.value() != null && wind.unit() != null) {
            double max = workoutLimits.maximumWindSpeedMetresPerSecond();
            valid &= wind.metresPerSecond() <= max || FieldReports.reportOutOfRange(context,
                    "environment.windSpeed.value", "must be at most " + Numbers.plain(max) + " m/s once converted",
                    "max", max, "unit", "m/s");
        }
        return valid;
    }

    private boolean plausible(MassInput mass) {
        return mass != null && mass.value() != null && mass.unit() != null
                && settings.limits().plausibleBodyMassKg(mass.kilograms());
    }

    private boolean fluid(VolumeInput volume, String field, ConstraintValidatorContext context) {
        if (volume == null || volume.value() == null || volume.unit() == null) {
            return true;
        }
        double max = settings.limits().maximumFluidPerSessionLitres();
        return volume.millilitres() / 1000.0 <= max || FieldReports.reportOutOfRange(context, field,
                "must be at most " + Numbers.plain(max) + " L once converted", "max", max, "unit", "L");
    }
}
