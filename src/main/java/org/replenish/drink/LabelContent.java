package org.replenish.drink;

import java.util.Map;
import org.replenish.units.Mineral;

/**
 * What a drink label holds per litre, whatever form it is printed in: each mineral on the label in mg (salt read as
 * sodium), carbohydrate in g when stated (null otherwise). name is the label's, null when not given.
 */
public record LabelContent(String name, Map<Mineral, Double> mgPerLitre, Double carbohydrateGramsPerLitre) {

    public boolean onLabel(Mineral mineral) {
        return mgPerLitre.containsKey(mineral);
    }
}
