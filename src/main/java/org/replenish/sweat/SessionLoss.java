package org.replenish.sweat;

import java.util.Map;
import org.replenish.units.Band;
import org.replenish.units.Mineral;

/**
 * What one session lost: sweat volume in litres and each mineral in mg, as bands, and how they were found.
 * bodyMassChangePercent is (after - before) / before x 100, negative for a loss; null without masses.
 * youthBandWidened: the population sweat band was widened for a person under 18. A session whose sweat is not
 * estimated (rateSource NOT_ESTIMATED: a child without a measurement) has no sweatLitres and no lossMg: unknown, not
 * zero.
 */
public record SessionLoss(double durationMinutes, Band sweatLitres, Map<Mineral, Band> lossMg,
                          SweatRateSource rateSource, SweatSodiumSource sodiumSource, Double bodyMassChangePercent,
                          boolean fluidIntakeMeasured, boolean urineOutputMeasured,
                          boolean youthBandWidened) {

    public boolean estimated() {
        return sweatLitres != null;
    }

    public boolean bodyMassGain() {
        return bodyMassChangePercent != null && bodyMassChangePercent > 0;
    }
}
