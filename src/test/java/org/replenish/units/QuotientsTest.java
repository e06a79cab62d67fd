package org.replenish.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuotientsTest {

    @Test
    void finiteQuotientPassesThrough() {
        // 99 mg / 4,700 mg = 0.0210638...
        assertEquals(99.0 / 4700.0, Quotients.of(99, 4700));
    }

    @Test
    void zeroOrSubnormalDivisorFailsInsteadOfYieldingInfinity() {
        assertThrows(ArithmeticException.class, () -> Quotients.of(99, 0));
        assertThrows(ArithmeticException.class, () -> Quotients.of(99, 5e-324));
        assertThrows(ArithmeticException.class, () -> Quotients.of(0, 0));
    }
}
