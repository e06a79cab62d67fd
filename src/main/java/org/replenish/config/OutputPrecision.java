package org.replenish.config;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * The precision of every number the service answers, in one table: the calculations run in full double precision and
 * each output is rounded once, when it is written ({@link RoundedNumbers}), so no answer shows float noise such as
 * 1399.9999999999986. The precision is fine enough that no client needs more (0.1 mg is a hundredth of the smallest
 * label amount worth stating). The OpenAPI filter states each property's precision in its description.
 */
public final class OutputPrecision {

    /** How a number is rounded: to a number of decimals, or (for quotients that span magnitudes) significant digits. */
    public record Rule(int digits, boolean significant) {

        static Rule decimals(int decimals) {
            return new Rule(decimals, false);
        }

        static Rule significantDigits(int digits) {
            return new Rule(digits, true);
        }

        /** Half up; the nearest double to the rounded decimal, which Jackson writes as that decimal. */
        public double round(double value) {
            if (!Double.isFinite(value) || value == 0) {
                return value;
            }
            if (significant) {
                return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
            }
            double scale = Math.pow(10, digits);
            double scaled = value * scale;
            // Beyond 2^53 a double has no decimals left to round.
            return Math.abs(scaled) < LARGEST_EXACT ? Math.round(scaled) / scale : value;
        }

        /** The wording the document uses, e.g. "0.1" or "6 significant digits". */
        public String describe() {
            return significant ? digits + " significant digits"
                    : BigDecimal.ONE.movePointLeft(digits).toPlainString();
        }
    }

    private static final double LARGEST_EXACT = 0x1p53;

    private static final Rule MG = Rule.decimals(1);
    private static final Rule MILLIMOLES = Rule.decimals(3);
    private static final Rule ML = Rule.decimals(1);
    private static final Rule PERCENT = Rule.decimals(2);
    private static final Rule MULTIPLE = Rule.decimals(2);

    /** By property name, for every schema that has it. */
    private static final Map<String, Rule> BY_PROPERTY = Map.ofEntries(
            Map.entry("mg", MG),
            Map.entry("mmol", MILLIMOLES),
            Map.entry("mEq", MILLIMOLES),
            Map.entry("mgPerL", MG),
            Map.entry("mmolPerL", MILLIMOLES),
            Map.entry("mEqPerL", MILLIMOLES),
            Map.entry("mL", ML),
            Map.entry("bodyMassChangePercent", PERCENT),
            Map.entry("capsuleShareOfTargetPercent", PERCENT),
            Map.entry("elementalPotassiumPercent", PERCENT),
            Map.entry("percentDailyValuePerReferenceAmount", PERCENT),
            Map.entry("percentDailyValuePerServing", PERCENT),
            Map.entry("percentReferenceIntakePer100mL", PERCENT),
            Map.entry("percentOfTargetPer100mL", PERCENT),
            Map.entry("percentOfTargetPerServing", PERCENT),
            Map.entry("percentReferenceIntakePerServing", PERCENT),
            Map.entry("percentOfTarget", PERCENT),
            Map.entry("percentOfTargetDrunk", PERCENT),
            Map.entry("percentOfTargetPerReferenceAmount", PERCENT),
            Map.entry("capsulesPerPortion", MULTIPLE),
            Map.entry("exact", MULTIPLE),
            Map.entry("gapAsMultipleOfCapsule", MULTIPLE),
            Map.entry("gapAsMultipleOfServing", MULTIPLE),
            Map.entry("targetAsMultipleOfCapsule", MULTIPLE),
            // As published: the longest standard atomic weight (Na 22.98976928) has 8 decimals.
            Map.entry("atomicWeight", Rule.decimals(8)),
            Map.entry("metabolicRateWattsPerSquareMetre", Rule.decimals(1)),
            Map.entry("requiredEvaporationWattsPerSquareMetre", Rule.decimals(1)),
            Map.entry("maximalEvaporationWattsPerSquareMetre", Rule.decimals(1)),
            Map.entry("airTemperatureC", Rule.decimals(2)),
            Map.entry("relativeHumidityPercent", PERCENT),
            Map.entry("bandFactor", MULTIPLE),
            Map.entry("bodySurfaceAreaSquareMetres", Rule.decimals(3)),
            Map.entry("windSpeedMetresPerSecond", Rule.decimals(2)),
            Map.entry("vapourPressureKilopascals", Rule.decimals(3)),
            Map.entry("coolAirShare", Rule.decimals(3)),
            Map.entry("g", Rule.decimals(1)));

    /** By schema and property, where a name means different quantities in different schemas. */
    private static final Map<String, Rule> BY_SCHEMA_PROPERTY = Map.ofEntries(
            Map.entry("SessionSummary.durationMinutes", Rule.decimals(1)),
            Map.entry("PercentRange.low", PERCENT),
            Map.entry("PercentRange.expected", PERCENT),
            Map.entry("PercentRange.high", PERCENT),
            Map.entry("OsmolalityRange.low", Rule.decimals(1)),
            Map.entry("OsmolalityRange.expected", Rule.decimals(1)),
            Map.entry("OsmolalityRange.high", Rule.decimals(1)),
            // mEq/L, mmol/L or g per 100 mL, as the assessment's unit says.
            Map.entry("RangeAssessment.low", MILLIMOLES),
            Map.entry("RangeAssessment.high", MILLIMOLES),
            Map.entry("RangeAssessment.value", MILLIMOLES),
            // A conversion spans magnitudes (0.001 mg is 0.000001 g): significant digits, not decimals.
            Map.entry("ConversionResponse.value", Rule.significantDigits(6)),
            Map.entry("ConversionResponse.result", Rule.significantDigits(6)),
            Map.entry("ConversionResponse.factor", Rule.significantDigits(6)));

    /** For a number property not in the table: a thousandth, which no quantity here needs finer. */
    public static final Rule DEFAULT = Rule.decimals(3);

    private OutputPrecision() {
    }

    /** The rule of a number property of an answer's schema (named as in the document), if the table lists it. */
    public static Optional<Rule> of(String schema, String property) {
        Rule specific = BY_SCHEMA_PROPERTY.get(schema + "." + property);
        return Optional.ofNullable(specific != null ? specific : BY_PROPERTY.get(property));
    }
}
