package org.replenish.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replenish.units.Mineral;

/**
 * All reference values of one basis. A mineral the basis does not cover (EFSA has no calcium values in our
 * sources) is taken from fallbackBasis, and the response says so.
 */
public record BasisTable(String label, Basis fallbackBasis, List<AgeBand> ageBands, Map<Mineral, MineralTables> minerals) {

    public Optional<AgeBand> bandFor(double ageYears) {
        return ageBands.stream().filter(b -> b.contains(ageYears)).findFirst();
    }

    public double minimumAgeYears() {
        return ageBands.stream().mapToDouble(AgeBand::fromYears).min().orElse(0);
    }
}
