package org.replenish.sweat;

import java.util.Map;
import org.replenish.reference.SourcedValue;
import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.Sport;

/**
 * The workout sweat model's constants (workout-sweat.json, sheet sections 2.4 and 12): the activities with their
 * Compendium MET values, DuBois body surface area, the heat-exchange terms that give required and maximal evaporative
 * cooling, the piecewise sweat equation of Gonzalez 2009 with its cool-air variant (Gonzalez 2012), the model's
 * validated ranges, the band widening outside them, the defaults for missing weather, and the input limits.
 */
public record WorkoutSweatData(
        Map<Sport, WorkoutActivity> activities,
        SourcedValue restingEnergyKcalPerKgPerHour,
        BodySurfaceArea bodySurfaceArea,
        HeatExchange heatExchange,
        SweatEquation sweatEquation,
        Validity validity,
        BandWidening bandWidening,
        WeatherDefaults defaults,
        InputLimits inputLimits) {

    /**
     * An activity: its Compendium MET value (null where none applies), the sport whose athletes' mean stands in when
     * the model cannot run (null: the lower default), and whether the air heat balance applies at all (not in water).
     */
    public record WorkoutActivity(Double met, String compendiumCode, String compendiumActivity, Sport populationSport,
                                  boolean modelled, String sourceId, Confidence tag, String note) {
    }

    /** DuBois and DuBois 1916: BSA (m2) = coefficient x mass(kg)^massExponent x height(cm)^heightExponent. */
    public record BodySurfaceArea(double coefficient, double massExponent, double heightExponent, String sourceId,
                                  Confidence tag) {

        public double squareMetres(double kilograms, double centimetres) {
            return coefficient * Math.pow(kilograms, massExponent) * Math.pow(centimetres, heightExponent);
        }
    }

    /**
     * The heat-exchange terms: dry heat (R + C) = dry x (Ta - Tskin) / clo and Emax = evaporative x (im/clo) x
     * (Psk - Pa) in mmHg, per m2, with a constant skin temperature and light sports clothing; Tetens' saturation vapour
     * pressure, P = kilopascals x exp(factor x T / (T + offsetC)).
     */
    public record HeatExchange(SourcedValue skinTemperatureC, SourcedValue dryHeatWattsPerSquareMetrePerDegreePerClo,
                               SourcedValue evaporativeWattsPerSquareMetrePerMmHg, SourcedValue clothingInsulationClo,
                               SourcedValue permeabilityPerClo, SourcedValue externalWorkShare,
                               SaturationVapourPressure saturationVapourPressure, double kilopascalsPerMmHg) {
    }

    /** Tetens' formula for the saturation vapour pressure of water over a wet surface, in kPa. */
    public record SaturationVapourPressure(double kilopascals, double factor, double offsetC, String sourceId,
                                           Confidence tag) {

        public double at(double celsius) {
            return kilopascals * Math.exp(factor * celsius / (celsius + offsetC));
        }
    }

    /**
     * ṁsw (g/m2/h) = intercept + requiredEvaporationCoefficient x Ereq - maximalEvaporationCoefficient x Emax; below
     * coolBelowC the intercept is coolIntercept, reached over coolBlendWidthC so the estimate does not jump.
     */
    public record SweatEquation(SourcedValue intercept, SourcedValue requiredEvaporationCoefficient,
                                SourcedValue maximalEvaporationCoefficient, SourcedValue coolIntercept,
                                SourcedValue coolBelowC, SourcedValue coolBlendWidthC,
                                SourcedValue standardErrorGramsPerSquareMetrePerHour) {
    }

    /** A closed range of one input. */
    public record Limits(double min, double max) {

        public boolean contains(double value) {
            return value >= min && value <= max;
        }

        public double clamp(double value) {
            return Math.max(min, Math.min(max, value));
        }
    }

    /** The conditions the equations were built and validated on (Gonzalez 2009). */
    public record Validity(String sourceId, Confidence tag, Limits airTemperatureC, Limits vapourPressureKilopascals,
                           Limits windSpeedMetresPerSecond, Limits metabolicRateWattsPerSquareMetre,
                           Limits durationHours) {
    }

    /**
     * How far the standard-error band widens (design choices): outside the validated air or metabolic rate; or, less,
     * outside the validated duration or with the air temperature or humidity assumed.
     */
    public record BandWidening(SourcedValue outsideModelRange, SourcedValue durationOrAssumedAir) {
    }

    /** The weather assumed when a session does not give it (sheet 12). */
    public record WeatherDefaults(SourcedValue airTemperatureC, SourcedValue relativeHumidityPercent,
                                  SourcedValue windSpeedMetresPerSecond) {
    }

    /** Bounds beyond which a workout input is not physically sensible. */
    public record InputLimits(String sourceId, Confidence tag, double maximumEnergyKcalPerKgPerHour,
                              Limits airTemperatureC, Limits heightCm, double maximumWindSpeedMetresPerSecond) {
    }
}
