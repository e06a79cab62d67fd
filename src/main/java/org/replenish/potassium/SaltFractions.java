package org.replenish.potassium;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.replenish.units.Element;
import org.replenish.units.Mineral;

/**
 * The mass share of potassium in each salt, from its formula, its water of crystallisation (a hydrate's water adds
 * mass but no potassium) and the atomic weights. Pure.
 */
final class SaltFractions {

    private final Map<PotassiumCompound, Double> fractions = new EnumMap<>(PotassiumCompound.class);

    SaltFractions(PotassiumData data, Map<Mineral, Element> elements) {
        Map<String, Double> weights = new HashMap<>(data.lightElements().atomicWeights());
        elements.values().forEach(e -> weights.put(e.symbol(), e.atomicWeight()));
        data.salts().forEach((compound, salt) -> {
            double water = 2 * weights.get("H") + weights.get("O");
            double formulaMass = salt.atoms().entrySet().stream()
                    .mapToDouble(atom -> atom.getValue() * weights.get(atom.getKey())).sum()
                    + salt.waterMolecules() * water;
            fractions.put(compound, salt.atoms().get("K") * weights.get("K") / formulaMass);
        });
    }

    /** Milligrams of potassium per milligram of the salt. */
    double potassiumFraction(PotassiumCompound compound) {
        return fractions.get(compound);
    }
}
