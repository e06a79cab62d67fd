package org.replenish.sweat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.SessionNumbers;
import org.replenish.reference.Assumptions;
import org.replenish.reference.ReferenceData;
import org.replenish.sweat.WorkoutSweatData.HeatExchange;
import org.replenish.sweat.WorkoutSweatData.SweatEquation;
import org.replenish.sweat.WorkoutSweatData.Validity;

/**
 * The assumptions of sessions the workout model estimated (sheet 12): the model itself with its clothing, skin and
 * equation; the air it assumed; and the validated conditions a session lies outside. Sessions by their index.
 */
final class WorkoutAssumptions {

    private WorkoutAssumptions() {
    }

    static void add(Assumptions assumptions, List<SessionLoss> losses, ReferenceData data, WorkoutSweatData workout) {
        List<Integer> modelled = SessionAssumptions.indices(losses, SweatRateSource.WORKOUT_MODEL);
        if (modelled.isEmpty()) {
            return;
        }
        SweatEquation equation = workout.sweatEquation();
        HeatExchange heat = workout.heatExchange();
        assumptions.add(AssumptionCode.WORKOUT_SWEAT_MODEL, "sessions", SessionNumbers.of(modelled),
                "sourceIds", data.citations(List.of(equation.intercept().sourceId(), equation.coolIntercept().sourceId(),
                        workout.bodySurfaceArea().sourceId(), workout.restingEnergyKcalPerKgPerHour().sourceId())),
                "restingKcalPerKgPerHour", workout.restingEnergyKcalPerKgPerHour().value(),
                "equationIntercept", equation.intercept().value(),
                "requiredCoefficient", equation.requiredEvaporationCoefficient().value(),
                "maximalCoefficient", equation.maximalEvaporationCoefficient().value(),
                "coolIntercept", equation.coolIntercept().value(), "coolBelowC", equation.coolBelowC().value(),
                "coolBlendC", equation.coolBlendWidthC().value(),
                "standardError", equation.standardErrorGramsPerSquareMetrePerHour().value(),
                "clothingClo", heat.clothingInsulationClo().value(), "permeabilityPerClo",
                heat.permeabilityPerClo().value(), "skinTemperatureC", heat.skinTemperatureC().value(),
                "heatExchangeSourceId", data.citation(heat.dryHeatWattsPerSquareMetrePerDegreePerClo().sourceId()));
        List<Integer> assumed = with(losses, modelled, estimate -> !estimate.defaulted().isEmpty());
        if (!assumed.isEmpty()) {
            WorkoutSweatData.WeatherDefaults defaults = workout.defaults();
            assumptions.add(AssumptionCode.WORKOUT_CONDITIONS_ASSUMED, "sessions", SessionNumbers.of(assumed),
                    "conditions", union(losses, assumed, WorkoutEstimate::defaulted),
                    "airTemperatureC", defaults.airTemperatureC().value(),
                    "relativeHumidityPercent", defaults.relativeHumidityPercent().value(),
                    "windSpeedMetresPerSecond", defaults.windSpeedMetresPerSecond().value(),
                    "sourceId", data.citation(defaults.airTemperatureC().sourceId()),
                    "durationFactor", workout.bandWidening().durationOrAssumedAir().value());
        }
        List<Integer> outside = with(losses, modelled, estimate -> !estimate.outside().isEmpty());
        if (!outside.isEmpty()) {
            Validity validity = workout.validity();
            assumptions.add(AssumptionCode.WORKOUT_OUTSIDE_VALIDATED_CONDITIONS, "sessions", SessionNumbers.of(outside),
                    "conditions", union(losses, outside, WorkoutEstimate::outside),
                    "minAirC", validity.airTemperatureC().min(), "maxAirC", validity.airTemperatureC().max(),
                    "minVapourKpa", validity.vapourPressureKilopascals().min(),
                    "maxVapourKpa", validity.vapourPressureKilopascals().max(),
                    "minWind", validity.windSpeedMetresPerSecond().min(),
                    "maxWind", validity.windSpeedMetresPerSecond().max(),
                    "maxMetabolic", validity.metabolicRateWattsPerSquareMetre().max(),
                    "minHours", validity.durationHours().min(), "maxHours", validity.durationHours().max(),
                    "sourceId", data.citation(validity.sourceId()),
                    "outsideFactor", workout.bandWidening().outsideModelRange().value(),
                    "durationFactor", workout.bandWidening().durationOrAssumedAir().value());
        }
    }

    private static List<Integer> with(List<SessionLoss> losses, List<Integer> modelled,
                                      Predicate<WorkoutEstimate> test) {
        return modelled.stream().filter(i -> test.test(losses.get(i).workout())).toList();
    }

    /** The conditions of the given sessions, in the enum's order. */
    private static List<ModelCondition> union(List<SessionLoss> losses, List<Integer> sessions,
                                              Function<WorkoutEstimate, List<ModelCondition>> of) {
        Set<ModelCondition> all = EnumSet.noneOf(ModelCondition.class);
        sessions.forEach(i -> all.addAll(of.apply(losses.get(i).workout())));
        return List.copyOf(all);
    }
}
