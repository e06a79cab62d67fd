package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a concentration can be given in; each is the matching {@link AmountUnit} per litre. */
@Schema(description = "Unit of a concentration: MG_PER_L milligrams per litre, MMOL_PER_L millimoles per litre, MEQ_PER_L milliequivalents per litre.")
public enum ConcentrationUnit {
    MG_PER_L(AmountUnit.MG),
    MMOL_PER_L(AmountUnit.MMOL),
    MEQ_PER_L(AmountUnit.MEQ);

    private final AmountUnit amountUnit;

    ConcentrationUnit(AmountUnit amountUnit) {
        this.amountUnit = amountUnit;
    }

    /** The amount unit this concentration holds per litre. */
    public AmountUnit amountUnit() {
        return amountUnit;
    }
}
