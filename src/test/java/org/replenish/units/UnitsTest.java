package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void twentyUsFluidOuncesIs591Millilitres() {
        assertEquals(591.47, VolumeUnit.US_FL_OZ.toMillilitres(20), 0.005);
    }

    @Test
    void onePoundIs0_45359237Kilograms() {
        assertEquals(0.45359237, MassUnit.LB.toKilograms(1), 1e-15);
    }

    @Test
    void sweatRatesConvertToLitresPerHour() {
        assertEquals(1.2, SweatRateUnit.ML_PER_H.toLitresPerHour(1200), 1e-12);
        assertEquals(1.2, SweatRateUnit.L_PER_H.toLitresPerHour(1.2), 1e-12);
        assertEquals(0.0295735295625, SweatRateUnit.US_FL_OZ_PER_H.toLitresPerHour(1), 1e-15);
    }
}
