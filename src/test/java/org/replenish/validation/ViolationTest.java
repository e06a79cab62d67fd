package org.replenish.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An answer's bytes must not change from one run to the next: a violation's parameters come in name order. */
class ViolationTest {

    @Test
    void parametersAreInNameOrderWhateverOrderTheyCameIn() {
        Violation violation = new Violation("drink.servingVolume.value", "must be more than 0 and at most 5000 mL",
                ViolationCode.OUT_OF_RANGE, Map.of("unit", "mL", "max", "5000", "above", "0"));
        assertEquals(List.of("above", "max", "unit"), List.copyOf(violation.parameters().keySet()));
        assertEquals(List.of("above", "max", "unit"), List.copyOf(violation.at("items[0].x").parameters().keySet()));
    }
}
