package org.replenish.reference;

import java.util.Map;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Sport;

/**
 * Population sweat rates and compositions, and how far a measurement narrows them: a sport's mean for a named sport,
 * the lower default for an unknown activity or an older adult, nothing estimated for a child without a measurement.
 */
public record SweatDefaults(
        Map<Sport, SweatRateDefault> sweatRateBySport,
        SourcedRange lowerDefaultLitresPerHour,
        SourcedValue lowerDefaultFromAgeYears,
        ChildSweat childSweat,
        SourcedValue measuredSweatRateUncertaintyLitresPerHour,
        SourcedValue maximumSweatRateLitresPerHour,
        Map<Mineral, SourcedRange> concentrations,
        Map<SweatSodiumProfile, SodiumProfileDefault> sodiumProfiles,
        SourcedValue measuredSodiumUncertaintyMmolPerLitre,
        RegionalSodiumRegression regionalSodiumToWholeBody,
        SourcedValue convertedSodiumUncertaintyMmolPerLitre,
        SourcedValue chlorideToSodiumRatio,
        SourcedValue maximumSweatSodiumMmolPerLitre,
        YouthSweat youthSweat) {
}
