package org.replenish.units;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional amounts per mineral, as a client sends them; an absent mineral is unknown, not zero. */
@Schema(description = "An amount per mineral, each optional; an absent mineral means unknown (or not on the label), never zero.")
public record MineralAmounts(
        @Schema(description = "Sodium amount.") @Valid AmountInput sodium,
        @Schema(description = "Potassium amount.") @Valid AmountInput potassium,
        @Schema(description = "Magnesium amount.") @Valid AmountInput magnesium,
        @Schema(description = "Calcium amount.") @Valid AmountInput calcium,
        @Schema(description = "Chloride amount.") @Valid AmountInput chloride) {

    public AmountInput of(Mineral mineral) {
        return ofModelled(mineral, sodium, potassium, magnesium, calcium, chloride);
    }

    /**
     * The amount of a modelled mineral among the five given, null for any other: the one mapping from a mineral to
     * its field, shared with the drink label's amounts, which add phosphorus (no object built per look-up).
     */
    public static AmountInput ofModelled(Mineral mineral, AmountInput sodium, AmountInput potassium,
                                         AmountInput magnesium, AmountInput calcium, AmountInput chloride) {
        return switch (mineral) {
            case SODIUM -> sodium;
            case POTASSIUM -> potassium;
            case MAGNESIUM -> magnesium;
            case CALCIUM -> calcium;
            case CHLORIDE -> chloride;
            // Intake and replenishment carry the modelled minerals only (Mineral.MODELLED); a drink label has LabelMinerals.
            case PHOSPHORUS, BICARBONATE -> null;
        };
    }

    /** The JSON field name of a mineral in this object. */
    public static String fieldName(Mineral mineral) {
        return mineral.name().toLowerCase(java.util.Locale.ROOT);
    }
}
