package org.replenish.sweat;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.replenish.sweat.WorkoutSweatData.HeatExchange;
import org.replenish.sweat.WorkoutSweatData.SweatEquation;
import org.replenish.sweat.WorkoutSweatData.Validity;
import org.replenish.sweat.WorkoutSweatData.WorkoutActivity;
import org.replenish.units.Band;
import org.replenish.vocabulary.EnergyKind;
import org.replenish.vocabulary.Sport;

/**
 * Sweat rate from a workout (sheet 2.4 and 12): metabolic rate from the energy (or the activity's MET value), DuBois
 * body surface area, required (Ereq) and maximal (Emax) evaporative cooling per m2 from the heat-exchange terms, and
 * the piecewise equation of Gonzalez 2009, ṁsw = 147 + 1.527 Ereq - 0.87 Emax g/m2/h, times body surface area. Below
 * 20 °C Gonzalez 2012's cool-air intercept (350) replaces 147, reached linearly over a blend band below the switch, so
 * the estimate has no step at 20 °C. Outside the validated air temperature and vapour pressure the equation is
 * evaluated at the nearest validated value; above the validated metabolic rate it is extrapolated; in both cases, and
 * outside the validated wind, the standard-error band is widened. Pure: no framework types.
 */
@Singleton
public final class WorkoutSweatModel {

    private static final double JOULES_PER_KCAL = 4184.0;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final WorkoutSweatData data;

    public WorkoutSweatModel(WorkoutReference reference) {
        this.data = reference.data();
    }

    /** The model's constants, for the assumptions that state them. */
    public WorkoutSweatData data() {
        return data;
    }

    /** The activity's entry; an absent sport reads as OTHER. */
    public WorkoutActivity activity(Sport sport) {
        return data.activities().get(sport == null ? Sport.OTHER : sport);
    }

    /** Whether the model can estimate this session for a person with a known body. */
    public boolean applies(ExerciseSession session) {
        WorkoutActivity activity = activity(session.sport());
        return activity.modelled() && (session.energyExpended() != null || activity.met() != null);
    }

    /** The session's hourly sweat rate; call only where {@link #applies} holds and the body is known. */
    public WorkoutEstimate estimate(ExerciseSession session, double bodyMassKg, double heightCm) {
        double hours = session.durationMinutes() / 60.0;
        double area = data.bodySurfaceArea().squareMetres(bodyMassKg, heightCm);
        EnergyExpended energy = session.energyExpended();
        MetabolicRateSource rateSource;
        double kcalPerHour;
        if (energy != null) {
            kcalPerHour = energy.totalKilocalories(data.restingEnergyKcalPerKgPerHour().value(), bodyMassKg, hours)
                    / hours;
            rateSource = energy.kind() == EnergyKind.ACTIVE ? MetabolicRateSource.ACTIVE_ENERGY_PLUS_RESTING
                    : MetabolicRateSource.TOTAL_ENERGY;
        } else {
            // 1 MET is 1 kcal per kg per hour (Ainsworth 2011).
            kcalPerHour = activity(session.sport()).met() * data.restingEnergyKcalPerKgPerHour().value() * bodyMassKg;
            rateSource = MetabolicRateSource.COMPENDIUM_MET;
        }
        double metabolic = kcalPerHour * JOULES_PER_KCAL / SECONDS_PER_HOUR / area;

        List<ModelCondition> defaulted = new ArrayList<>();
        Environment air = session.environment();
        double airC = air != null && air.airTemperature() != null ? air.airTemperature().celsius()
                : defaulted(defaulted, ModelCondition.AIR_TEMPERATURE, data.defaults().airTemperatureC().value());
        double humidity = air != null && air.relativeHumidity() != null ? air.relativeHumidity()
                : defaulted(defaulted, ModelCondition.RELATIVE_HUMIDITY, data.defaults().relativeHumidityPercent().value());
        double wind = air != null && air.windSpeed() != null ? air.windSpeed().metresPerSecond()
                : defaulted(defaulted, ModelCondition.WIND_SPEED, data.defaults().windSpeedMetresPerSecond().value());

        HeatExchange heat = data.heatExchange();
        Validity validity = data.validity();
        double vapour = humidity / 100.0 * heat.saturationVapourPressure().at(airC);
        List<ModelCondition> outside = new ArrayList<>();
        double modelAirC = within(outside, ModelCondition.AIR_TEMPERATURE, validity.airTemperatureC(), airC);
        double modelVapour = within(outside, ModelCondition.VAPOUR_PRESSURE, validity.vapourPressureKilopascals(), vapour);
        within(outside, ModelCondition.WIND_SPEED, validity.windSpeedMetresPerSecond(), wind);
        within(outside, ModelCondition.METABOLIC_RATE, validity.metabolicRateWattsPerSquareMetre(), metabolic);
        boolean durationOutside = !validity.durationHours().contains(hours);

        double clo = heat.clothingInsulationClo().value();
        double skinC = heat.skinTemperatureC().value();
        double dry = heat.dryHeatWattsPerSquareMetrePerDegreePerClo().value() * (modelAirC - skinC) / clo;
        double required = metabolic * (1 - heat.externalWorkShare().value()) + dry;
        double skinMmHg = heat.saturationVapourPressure().at(skinC) / heat.kilopascalsPerMmHg();
        double airMmHg = modelVapour / heat.kilopascalsPerMmHg();
        double maximal = heat.evaporativeWattsPerSquareMetrePerMmHg().value() * heat.permeabilityPerClo().value()
                * (skinMmHg - airMmHg);

        SweatEquation equation = data.sweatEquation();
        double coolShare = Math.max(0, Math.min(1,
                (equation.coolBelowC().value() - modelAirC) / equation.coolBlendWidthC().value()));
        double intercept = equation.intercept().value()
                + coolShare * (equation.coolIntercept().value() - equation.intercept().value());
        double gramsPerSquareMetreHour = intercept + equation.requiredEvaporationCoefficient().value() * required
                - equation.maximalEvaporationCoefficient().value() * maximal;

        boolean airAssumed = defaulted.contains(ModelCondition.AIR_TEMPERATURE)
                || defaulted.contains(ModelCondition.RELATIVE_HUMIDITY);
        double factor = !outside.isEmpty() ? data.bandWidening().outsideModelRange().value()
                : durationOutside || airAssumed ? data.bandWidening().durationOrAssumedAir().value() : 1.0;
        if (durationOutside) {
            outside.add(ModelCondition.DURATION);
        }
        double spread = equation.standardErrorGramsPerSquareMetrePerHour().value() * factor;
        // A negative prediction (the air takes more heat than the body makes) is no sweat expected, but the band
        // still spans the equation's error above it: a band of 0 to 0 would claim a certainty the equation lacks.
        double expected = Math.max(0, gramsPerSquareMetreHour);
        // 1 g of sweat is taken as 1 mL; per m2 times the body's m2, in L/h.
        Band rate = new Band(litres(expected - spread, area), litres(expected, area), litres(expected + spread, area));
        return new WorkoutEstimate(rate, area, metabolic, rateSource, airC, humidity, wind, vapour, required, maximal,
                coolShare, List.copyOf(outside), List.copyOf(defaulted), factor);
    }

    private static double litres(double gramsPerSquareMetreHour, double area) {
        return Math.max(0, gramsPerSquareMetreHour) * area / 1000.0;
    }

    private static double defaulted(List<ModelCondition> defaulted, ModelCondition condition, double value) {
        defaulted.add(condition);
        return value;
    }

    /** The value clamped to the validated range, noting the condition when it lies outside. */
    private static double within(List<ModelCondition> outside, ModelCondition condition, WorkoutSweatData.Limits range,
                                 double value) {
        if (!range.contains(value)) {
            outside.add(condition);
        }
        return range.clamp(value);
    }
}
