package org.replenish.sweat;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.VolumeRange;

/** The workout sweat model's figures for one session, so a reader can follow the estimate by hand. */
@Schema(description = "How the workout sweat model estimated one session: the hourly sweat rate "
        + "and every intermediate. The sweat equation is ṁsw = intercept + 1.527 x Ereq - 0.87 x Emax g/m²/h "
        + "(Gonzalez 2009; intercept 147, moving to the cool-air 350 of Gonzalez 2012 below 20 °C), times the body "
        + "surface area.")
public record WorkoutModelSummary(
        @Schema(description = "Sweat rate per hour, in mL: the model's estimate, with the standard-error band (times bandFactor) around it.", required = true)
        VolumeRange sweatRatePerHour,
        @Schema(description = "Body surface area in m² (DuBois 1916).", required = true)
        double bodySurfaceAreaSquareMetres,
        @Schema(description = "Metabolic rate in W per m² of body surface.", required = true)
        double metabolicRateWattsPerSquareMetre,
        @Schema(description = "Where the metabolic rate came from.", required = true)
        MetabolicRateSource metabolicRateSource,
        @Schema(description = "Air temperature in °C, as given (converted) or assumed.", required = true)
        double airTemperatureC,
        @Schema(description = "Relative humidity in percent, as given or assumed.", required = true)
        double relativeHumidityPercent,
        @Schema(description = "Wind speed in m/s, as given (converted) or assumed.", required = true)
        double windSpeedMetresPerSecond,
        @Schema(description = "Water vapour pressure of the air in kPa (relative humidity x saturation pressure at the air temperature).", required = true)
        double vapourPressureKilopascals,
        @Schema(description = "Required evaporative cooling Ereq in W/m², at the validated air temperature nearest the session's.", required = true)
        double requiredEvaporationWattsPerSquareMetre,
        @Schema(description = "Maximal evaporative capacity of the air Emax in W/m², at the validated vapour pressure nearest the session's.", required = true)
        double maximalEvaporationWattsPerSquareMetre,
        @Schema(description = "How far the intercept has moved toward the cool-air equation's: 0 from 20 °C up, 1 from 17 °C down, linear between.", required = true)
        double coolAirShare,
        @Schema(description = "The validated conditions the session lies outside; empty when inside all of them.", required = true)
        List<ModelCondition> outsideValidatedConditions,
        @Schema(description = "The conditions the session did not give, which the model assumed (see assumptions).", required = true)
        List<ModelCondition> assumedConditions,
        @Schema(description = "How many times the equation's standard error the band spans either side: 1 inside the validated conditions, more outside them.", required = true)
        double bandFactor) {

    public static WorkoutModelSummary of(WorkoutEstimate estimate) {
        return new WorkoutModelSummary(VolumeRange.ofMillilitres(estimate.litresPerHour().times(1000.0)),
                estimate.bodySurfaceAreaSquareMetres(), estimate.metabolicRateWattsPerSquareMetre(),
                estimate.metabolicRateSource(), estimate.airTemperatureC(), estimate.relativeHumidityPercent(),
                estimate.windSpeedMetresPerSecond(), estimate.vapourPressureKilopascals(),
                estimate.requiredEvaporationWattsPerSquareMetre(), estimate.maximalEvaporationWattsPerSquareMetre(),
                estimate.coolShare(), estimate.outside(), estimate.defaulted(), estimate.bandFactor());
    }
}
