package org.replenish.reference;

import java.util.List;
import org.replenish.units.Mineral;

/** What a risk factor does: minerals concerned, weight towards a deficiency, explanation and source. */
public record RiskFactorInfo(List<Mineral> minerals, int deficiencyWeight, String sourceId, Confidence tag,
                             String explanation) {
}
