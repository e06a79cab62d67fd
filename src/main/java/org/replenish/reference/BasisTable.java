package org.replenish.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replenish.units.Mineral;
import org.replenish.units.Numbers;
import org.replenish.vocabulary.Basis;

/**
 * All reference values of one basis. A mineral the basis does not cover (EFSA has no calcium values in our
 * sources) is taken from fallbackBasis, and the response says so. An upper limit the basis does not set (the label
 * Daily Values set none; EFSA has no magnesium UL under 18) is taken from upperLimitFallbackBasis, so a limit that
 * protects the person never disappears with the choice of basis; the limit names its basis.
 */
public record BasisTable(String label, Basis fallbackBasis, Basis upperLimitFallbackBasis, List<AgeBand> ageBands,
                         Map<Mineral, MineralTables> minerals) {

    public Optional<AgeBand> bandFor(double ageYears) {
        for (AgeBand band : ageBands) { // a loop, not a stream: asked per mineral of every answer
            if (band.contains(ageYears)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    public double minimumAgeYears() {
        return ageBands.stream().mapToDouble(AgeBand::fromYears).min().orElse(0);
    }

    /** Where the table's ages start, in words: "from 1", or "above 0.5" when its first band excludes its start. */
    public String coverageStart() {
        boolean exclusive = ageBands.stream().filter(b -> b.fromYears() == minimumAgeYears())
                .anyMatch(b -> Boolean.TRUE.equals(b.fromExclusive()));
        return (exclusive ? "above " : "from ") + Numbers.plain(minimumAgeYears());
    }
}
