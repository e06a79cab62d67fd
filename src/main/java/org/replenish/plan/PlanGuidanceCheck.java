package org.replenish.plan;

import java.util.List;
import org.replenish.plan.PlanGuidance.CarbohydrateBand;
import org.replenish.plan.PlanGuidance.SourcedSpan;
import org.replenish.reference.FeatureFileReader;
import org.replenish.reference.SourcedValue;

/** Checks the session plan's file for completeness, sources and sensible order. */
final class PlanGuidanceCheck {

    private PlanGuidanceCheck() {
    }

    static void check(String file, PlanGuidance plan, FeatureFileReader reader) {
        reader.require(plan.before() != null && plan.during() != null && plan.after() != null
                && plan.children() != null, file, "before, during, after, children", "missing");
        span(file, "before.fourHoursMillilitresPerKg", plan.before().fourHoursMillilitresPerKg(), reader);
        span(file, "before.twoHoursMillilitresPerKg", plan.before().twoHoursMillilitresPerKg(), reader);
        value(file, "during.maximumBodyMassLossPercent", plan.during().maximumBodyMassLossPercent(), reader);
        value(file, "during.wideBandBelowShareOfExpected", plan.during().wideBandBelowShareOfExpected(), reader);
        reader.require(plan.during().wideBandBelowShareOfExpected().value() < 1, file,
                "during.wideBandBelowShareOfExpected", "must be below 1");
        span(file, "during.drinkSodiumMilliequivalentsPerLitre", plan.during().drinkSodiumMilliequivalentsPerLitre(),
                reader);
        value(file, "during.sodiumDuringFromMinutes", plan.during().sodiumDuringFromMinutes(), reader);
        value(file, "during.carbohydrateFromMet", plan.during().carbohydrateFromMet(), reader);
        List<CarbohydrateBand> bands = plan.during().carbohydrate();
        reader.require(bands != null && !bands.isEmpty() && bands.get(bands.size() - 1).belowMinutes() > 1440, file,
                "during.carbohydrate", "needs bands up to beyond 1,440 minutes");
        for (int i = 0; i < bands.size(); i++) {
            CarbohydrateBand band = bands.get(i);
            String entry = "during.carbohydrate[" + i + "]";
            reader.require(band.advice() != null && 0 <= band.lowGramsPerHour()
                    && band.lowGramsPerHour() <= band.highGramsPerHour()
                    && (i == 0 || bands.get(i - 1).belowMinutes() < band.belowMinutes()), file, entry,
                    "needs an advice, 0 <= low <= high and rising belowMinutes");
            reader.requireSource(file, entry, band.sourceId(), band.tag());
        }
        span(file, "after.fluidLitresPerKgLost", plan.after().fluidLitresPerKgLost(), reader);
        value(file, "children.belowAgeYears", plan.children().belowAgeYears(), reader);
        span(file, "children.drinkingMillilitresPerHour", plan.children().drinkingMillilitresPerHour(), reader);
        value(file, "children.adolescentMaximumMillilitresPerHour",
                plan.children().adolescentMaximumMillilitresPerHour(), reader);
    }

    private static void span(String file, String entry, SourcedSpan span, FeatureFileReader reader) {
        reader.require(span != null && 0 < span.low() && span.low() <= span.high(), file, entry, "needs 0 < low <= high");
        reader.requireSource(file, entry, span.sourceId(), span.tag());
        if (span.lowSourceId() != null) {
            reader.requireSource(file, entry + ".low", span.lowSourceId(), span.lowTag());
        }
    }

    private static void value(String file, String entry, SourcedValue value, FeatureFileReader reader) {
        reader.require(value != null && value.value() > 0, file, entry, "needs a positive value");
        reader.requireSource(file, entry, value.sourceId(), value.tag());
    }
}
