package org.replenish.reference;

import java.util.Map;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Sport;

/** Population sweat rates and compositions, and how far a measurement narrows them. */
public record SweatDefaults(
        Map<Sport, SweatRateDefault> sweatRateBySport,
        SourcedValue measuredSweatRateUncertaintyLitresPerHour,
        SourcedValue maximumSweatRateLitresPerHour,
        Map<Mineral, ConcentrationRange> concentrations,
        Map<SweatSodiumProfile, SodiumProfileDefault> sodiumProfiles,
        SourcedValue measuredSodiumUncertaintyMmolPerLitre,
        SourcedValue maximumSweatSodiumMmolPerLitre,
        YouthSweat youthSweat) {
}
