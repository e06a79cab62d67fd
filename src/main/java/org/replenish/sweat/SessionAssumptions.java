package org.replenish.sweat;

import java.util.List;
import org.replenish.codes.AssumptionCode;
import org.replenish.codes.SessionNumbers;
import org.replenish.reference.Assumptions;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.RegionalSodiumRegression;
import org.replenish.reference.SourcedRange;
import org.replenish.reference.SweatDefaults;

/**
 * The assumptions every feature states for sessions whose sweat is not an athletes' mean (a child's, not estimated;
 * an unnamed activity's or an older adult's, the lower default, sheet 11) and for measured sweat sodium (a patch
 * value converted to whole-body; chloride following it, sheet 2.2). Sessions by their index in the request.
 */
public final class SessionAssumptions {

    private SessionAssumptions() {
    }

    public static void add(Assumptions assumptions, List<SessionLoss> losses, ReferenceData data,
                           WorkoutSweatData workout) {
        SweatDefaults sweat = data.sweat();
        List<Integer> children = indices(losses, SweatRateSource.NOT_ESTIMATED);
        if (!children.isEmpty()) {
            assumptions.add(AssumptionCode.SWEAT_NOT_ESTIMATED_FOR_CHILD, "sessions", SessionNumbers.of(children),
                    "belowAgeYears", sweat.childSweat().belowAgeYears().value(),
                    "drinkingMlPerHour", sweat.childSweat().drinkingCeilingMillilitresPerHour().value(),
                    "sourceId", data.citation(sweat.childSweat().drinkingCeilingMillilitresPerHour().sourceId()));
        }
        List<Integer> regional = SessionLoss.indices(losses,
                loss -> loss.sodiumSource() == SweatSodiumSource.MEASURED_REGIONAL);
        if (!regional.isEmpty()) {
            RegionalSodiumRegression regression = sweat.regionalSodiumToWholeBody();
            assumptions.add(AssumptionCode.SWEAT_SODIUM_CONVERTED, "sessions", SessionNumbers.of(regional), "slope", regression.slope(),
                    "intercept", regression.intercept(), "sourceId", data.citation(regression.sourceId()),
                    "uncertainty", sweat.convertedSodiumUncertaintyMmolPerLitre().value(),
                    "bandSourceId", data.citation(sweat.convertedSodiumUncertaintyMmolPerLitre().sourceId()));
        }
        List<Integer> measured = SessionLoss.indices(losses,
                loss -> loss.sodiumSource() == SweatSodiumSource.MEASURED_REGIONAL
                        || loss.sodiumSource() == SweatSodiumSource.MEASURED_WHOLE_BODY);
        if (!measured.isEmpty()) {
            assumptions.add(AssumptionCode.CHLORIDE_FROM_MEASURED_SODIUM, "sessions", SessionNumbers.of(measured),
                    "ratio", sweat.chlorideToSodiumRatio().value(),
                    "sourceId", data.citation(sweat.chlorideToSodiumRatio().sourceId()));
        }
        List<Integer> lower = indices(losses, SweatRateSource.LOWER_DEFAULT);
        if (!lower.isEmpty()) {
            SourcedRange rate = sweat.lowerDefaultLitresPerHour();
            assumptions.add(AssumptionCode.LOWER_SWEAT_RATE_DEFAULT, "sessions", SessionNumbers.of(lower),
                    "fromAgeYears", sweat.lowerDefaultFromAgeYears().value(), "litresPerHour", rate.expected(),
                    "low", rate.low(), "high", rate.high(), "sourceIds", data.citations(rate.sourceIds()));
        }
        WorkoutAssumptions.add(assumptions, losses, data, workout);
    }

    static List<Integer> indices(List<SessionLoss> losses, SweatRateSource source) {
        return SessionLoss.indices(losses, loss -> loss.rateSource() == source);
    }
}
