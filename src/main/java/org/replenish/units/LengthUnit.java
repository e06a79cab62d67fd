package org.replenish.units;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Units a body height can be given in. */
@Schema(description = "Unit of a body height: CM centimetre, IN international inch (2.54 cm).")
public enum LengthUnit {
    CM(1.0),
    IN(UnitConstants.CM_PER_IN);

    private final double centimetres;

    LengthUnit(double centimetres) {
        this.centimetres = centimetres;
    }

    /** Converts a length in this unit to centimetres. */
    public double toCentimetres(double value) {
        return value * centimetres;
    }
}
