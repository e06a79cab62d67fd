package org.replenish.sweat;

import java.util.Map;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.SourcedValue;
import org.replenish.reference.SweatDefaults;
import org.replenish.sweat.WorkoutSweatData.Limits;
import org.replenish.vocabulary.Sport;

/** Checks the workout sweat model's file for completeness, sources and sensible order. */
final class WorkoutDataCheck {

    private WorkoutDataCheck() {
    }

    static void check(String file, WorkoutSweatData data, SweatDefaults sweat, FeatureFileReader reader) {
        reader.require(data.activities() != null, file, "activities", "missing");
        for (Sport sport : Sport.values()) {
            WorkoutSweatData.WorkoutActivity activity = data.activities().get(sport);
            String entry = "activities." + sport;
            reader.require(activity != null, file, entry, "missing: every sport needs an entry");
            reader.require(activity.met() == null || activity.met() > 0, file, entry, "met must be positive");
            reader.require(activity.populationSport() == null
                    || sweat.sweatRateBySport().containsKey(activity.populationSport()), file, entry,
                    "populationSport must have an athletes' mean in sweat.json");
            reader.requireSource(file, entry, activity.sourceId(), activity.tag());
        }
        reader.require(!data.activities().get(Sport.SWIMMING).modelled(), file, "activities.SWIMMING",
                "the heat balance of air does not hold in water");
        positive(file, "restingEnergyKcalPerKgPerHour", data.restingEnergyKcalPerKgPerHour(), reader);
        WorkoutSweatData.BodySurfaceArea area = data.bodySurfaceArea();
        reader.require(area != null && area.coefficient() > 0 && area.massExponent() > 0 && area.heightExponent() > 0,
                file, "bodySurfaceArea", "needs positive coefficient and exponents");
        reader.requireSource(file, "bodySurfaceArea", area.sourceId(), area.tag());
        heatExchange(file, data.heatExchange(), reader);
        WorkoutSweatData.SweatEquation equation = data.sweatEquation();
        reader.require(equation != null, file, "sweatEquation", "missing");
        Map.of("intercept", equation.intercept(), "requiredEvaporationCoefficient",
                equation.requiredEvaporationCoefficient(), "maximalEvaporationCoefficient",
                equation.maximalEvaporationCoefficient(), "coolIntercept", equation.coolIntercept(), "coolBelowC",
                equation.coolBelowC(), "coolBlendWidthC", equation.coolBlendWidthC(),
                "standardErrorGramsPerSquareMetrePerHour", equation.standardErrorGramsPerSquareMetrePerHour())
                .forEach((name, value) -> positive(file, "sweatEquation." + name, value, reader));
        WorkoutSweatData.Validity validity = data.validity();
        reader.require(validity != null, file, "validity", "missing");
        reader.requireSource(file, "validity", validity.sourceId(), validity.tag());
        Map.of("airTemperatureC", validity.airTemperatureC(), "vapourPressureKilopascals",
                validity.vapourPressureKilopascals(), "windSpeedMetresPerSecond", validity.windSpeedMetresPerSecond(),
                "metabolicRateWattsPerSquareMetre", validity.metabolicRateWattsPerSquareMetre(), "durationHours",
                validity.durationHours()).forEach((name, limits) -> ordered(file, "validity." + name, limits, reader));
        reader.require(validity.airTemperatureC().min() < equation.coolBelowC().value() - equation.coolBlendWidthC().value(),
                file, "sweatEquation.coolBlendWidthC", "the blend must end inside the validated temperatures");
        WorkoutSweatData.BandWidening widening = data.bandWidening();
        reader.require(widening != null && widening.outsideModelRange().value() >= 1
                && widening.durationOrAssumedAir().value() >= 1, file, "bandWidening", "factors must be at least 1");
        positive(file, "bandWidening.outsideModelRange", widening.outsideModelRange(), reader);
        positive(file, "bandWidening.durationOrAssumedAir", widening.durationOrAssumedAir(), reader);
        WorkoutSweatData.WeatherDefaults defaults = data.defaults();
        reader.require(defaults != null && validity.airTemperatureC().contains(defaults.airTemperatureC().value())
                && validity.windSpeedMetresPerSecond().contains(defaults.windSpeedMetresPerSecond().value())
                && defaults.relativeHumidityPercent().value() >= 0 && defaults.relativeHumidityPercent().value() <= 100,
                file, "defaults", "must lie inside the validated conditions");
        positive(file, "defaults.airTemperatureC", defaults.airTemperatureC(), reader);
        positive(file, "defaults.relativeHumidityPercent", defaults.relativeHumidityPercent(), reader);
        positive(file, "defaults.windSpeedMetresPerSecond", defaults.windSpeedMetresPerSecond(), reader);
        WorkoutSweatData.InputLimits limits = data.inputLimits();
        reader.require(limits != null && limits.maximumEnergyKcalPerKgPerHour() > 0
                && limits.maximumWindSpeedMetresPerSecond() > 0, file, "inputLimits", "needs positive maxima");
        ordered(file, "inputLimits.airTemperatureC", limits.airTemperatureC(), reader);
        ordered(file, "inputLimits.heightCm", limits.heightCm(), reader);
        reader.requireSource(file, "inputLimits", limits.sourceId(), limits.tag());
    }

    private static void heatExchange(String file, WorkoutSweatData.HeatExchange heat, FeatureFileReader reader) {
        reader.require(heat != null && heat.kilopascalsPerMmHg() > 0, file, "heatExchange", "missing");
        Map.of("skinTemperatureC", heat.skinTemperatureC(), "dryHeatWattsPerSquareMetrePerDegreePerClo",
                heat.dryHeatWattsPerSquareMetrePerDegreePerClo(), "evaporativeWattsPerSquareMetrePerMmHg",
                heat.evaporativeWattsPerSquareMetrePerMmHg(), "clothingInsulationClo", heat.clothingInsulationClo(),
                "permeabilityPerClo", heat.permeabilityPerClo()).forEach((name, value) ->
                positive(file, "heatExchange." + name, value, reader));
        reader.require(heat.externalWorkShare() != null && heat.externalWorkShare().value() >= 0
                && heat.externalWorkShare().value() < 1, file, "heatExchange.externalWorkShare", "needs 0 <= share < 1");
        reader.requireSource(file, "heatExchange.externalWorkShare", heat.externalWorkShare().sourceId(),
                heat.externalWorkShare().tag());
        WorkoutSweatData.SaturationVapourPressure pressure = heat.saturationVapourPressure();
        reader.require(pressure != null && pressure.kilopascals() > 0 && pressure.factor() > 0 && pressure.offsetC() > 0,
                file, "heatExchange.saturationVapourPressure", "needs positive constants");
        reader.requireSource(file, "heatExchange.saturationVapourPressure", pressure.sourceId(), pressure.tag());
    }

    private static void positive(String file, String entry, SourcedValue value, FeatureFileReader reader) {
        reader.require(value != null && value.value() > 0, file, entry, "needs a positive value");
        reader.requireSource(file, entry, value.sourceId(), value.tag());
    }

    private static void ordered(String file, String entry, Limits limits, FeatureFileReader reader) {
        reader.require(limits != null && limits.min() < limits.max(), file, entry, "needs min < max");
    }
}
