package org.replenish.units;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The electrolytes the service knows. Only the first five are modelled by the calculators (sweat losses, deficits,
 * drink verdicts); phosphorus has targets and conversions, and drink checks report it from a label without judging
 * it; bicarbonate has conversions only (issue 17).
 */
@Schema(description = "An electrolyte. SODIUM, POTASSIUM, MAGNESIUM, CALCIUM and CHLORIDE are modelled in every "
        + "calculation; PHOSPHORUS has daily targets and mg/mmol conversions, and a drink check reports a label's "
        + "phosphorus without judging it; BICARBONATE has mg/mmol conversions only and no intake reference (see "
        + "GET /v1/minerals).")
public enum Mineral {
    SODIUM,
    POTASSIUM,
    MAGNESIUM,
    CALCIUM,
    CHLORIDE,
    PHOSPHORUS,
    BICARBONATE;

    /**
     * The minerals the sweat model, deficit estimates and drink checks work on: the sheet gives sweat concentrations
     * and drink guidance for these five only, so the others never enter those calculations.
     */
    public static final List<Mineral> MODELLED = List.of(SODIUM, POTASSIUM, MAGNESIUM, CALCIUM, CHLORIDE);
}
