package org.replenish.sweat;

import java.util.List;
import org.replenish.units.Band;

/**
 * The workout model's estimate for one session: the hourly sweat rate band in L/h and every intermediate a reader
 * needs to check it by hand. coolShare is how far the intercept has moved from the warm equation's toward the
 * cool-air one (0 at and above the switch, 1 once the blend is complete). outside lists the validated conditions the
 * session lies outside; defaulted the weather the session did not give. bandFactor multiplies the standard error.
 */
public record WorkoutEstimate(Band litresPerHour, double bodySurfaceAreaSquareMetres,
                              double metabolicRateWattsPerSquareMetre, MetabolicRateSource metabolicRateSource,
                              double airTemperatureC, double relativeHumidityPercent, double windSpeedMetresPerSecond,
                              double vapourPressureKilopascals, double requiredEvaporationWattsPerSquareMetre,
                              double maximalEvaporationWattsPerSquareMetre, double coolShare,
                              List<ModelCondition> outside, List<ModelCondition> defaulted, double bandFactor) {
}
