package org.replenish.drink;

import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.units.AmountInput;
import org.replenish.units.Mineral;
import org.replenish.units.MineralAmounts;
import org.replenish.units.OfferedUnit;
import org.replenish.units.SaltInput;

/**
 * The mineral amounts of a drink label: the five modelled minerals and phosphorus, which labels may state and the
 * check reports without judging it (issue 17). A schema of the label's own, so the dietary intake and a session's
 * replenishment, which the deficit model reads, never carry a phosphorus field they would have to refuse.
 */
@Schema(description = "Mineral amounts of a drink label, each optional; an absent mineral is not on the label, never zero.")
public record LabelMinerals(
        @Schema(description = "Sodium amount.") @Valid AmountInput sodium,
        @Schema(description = "Potassium amount.") @Valid AmountInput potassium,
        @Schema(description = "Magnesium amount.") @Valid AmountInput magnesium,
        @Schema(description = "Calcium amount.") @Valid AmountInput calcium,
        @Schema(description = "Chloride amount.") @Valid AmountInput chloride,
        @Schema(description = "Phosphorus amount, as elemental phosphorus: MG, G or MMOL (mmol of P). MEQ is a 400 naming "
                + "this unit, since phosphate's charge depends on pH. Reported in the answer's phosphorus, never judged.")
        @Valid @OfferedUnit(mineral = Mineral.PHOSPHORUS) AmountInput phosphorus,
        @Schema(description = "Salt, as an EU label states it (sodium x 2.5, Reg. (EU) 1169/2011); read as sodium "
                + "(1 g salt = 400 mg sodium). Not together with sodium.")
        @Valid SaltInput salt) {

    /** The minerals a label may state, in the order the checks visit them. */
    static final List<Mineral> MINERALS = List.of(Mineral.SODIUM, Mineral.POTASSIUM, Mineral.MAGNESIUM, Mineral.CALCIUM,
            Mineral.CHLORIDE, Mineral.PHOSPHORUS);

    AmountInput of(Mineral mineral) {
        return mineral == Mineral.PHOSPHORUS ? phosphorus
                : MineralAmounts.ofModelled(mineral, sodium, potassium, magnesium, calcium, chloride);
    }
}
