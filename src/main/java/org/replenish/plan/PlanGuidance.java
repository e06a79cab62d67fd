package org.replenish.plan;

import java.util.List;
import org.replenish.reference.SourcedValue;
import org.replenish.vocabulary.Confidence;

/**
 * The numbers of a session plan (session-plan.json, sheet 13 with 3.1, 5.3 and 11): fluid before, the bounds of
 * drinking during, the drinks' sodium, carbohydrate by duration, fluid after, and children's volumes.
 */
public record PlanGuidance(Before before, During during, After after, Children children) {

    /** A sourced span per unit (mL per kg, mEq per L, L per kg); a low end from another source names it. */
    public record SourcedSpan(double low, double high, String sourceId, Confidence tag, String lowSourceId,
                              Confidence lowTag) {
    }

    /** Drink about 5-7 mL/kg 4 h before, and 3-5 mL/kg more about 2 h before if no urine or dark urine (ACSM 2007). */
    public record Before(SourcedSpan fourHoursMillilitresPerKg, SourcedSpan twoHoursMillilitresPerKg) {
    }

    /**
     * During: keep the loss under maximumBodyMassLossPercent and never drink above the expected sweat (its low end when
     * the band is wide: low below wideBandBelowShareOfExpected x expected); sodium from drinks in the ACSM range from
     * sodiumDuringFromMinutes; carbohydrate by duration, the first band the session is below, for vigorous
     * activity only (from carbohydrateFromMet, the Compendium's vigorous threshold).
     */
    public record During(SourcedValue maximumBodyMassLossPercent, SourcedValue wideBandBelowShareOfExpected,
                         SourcedSpan drinkSodiumMilliequivalentsPerLitre, SourcedValue sodiumDuringFromMinutes,
                         SourcedValue carbohydrateFromMet, List<CarbohydrateBand> carbohydrate) {
    }

    /** Carbohydrate per hour for sessions shorter than belowMinutes. */
    public record CarbohydrateBand(double belowMinutes, double lowGramsPerHour, double highGramsPerHour,
                                   CarbohydrateAdvice advice, String sourceId, Confidence tag) {
    }

    /** After: 1.25-1.5 L of fluid per kg lost. */
    public record After(SourcedSpan fluidLitresPerKgLost) {
    }

    /** Children under belowAgeYears drink the young athletes' volumes; adolescents at most a ceiling (AAP 2011). */
    public record Children(SourcedValue belowAgeYears, SourcedSpan drinkingMillilitresPerHour,
                           SourcedValue adolescentMaximumMillilitresPerHour) {
    }
}
