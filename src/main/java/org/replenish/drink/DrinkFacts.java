package org.replenish.drink;

import java.util.Map;
import org.replenish.units.Mineral;

/**
 * A label reduced to what the calculations need: serving and consumed volumes in mL, each stated mineral in mg per
 * litre (minerals not on the label are absent), and carbohydrate in g per litre when stated.
 */
record DrinkFacts(double servingMl, double consumedMl, Map<Mineral, Double> mgPerLitre, Double carbohydrateGramsPerLitre,
                  CarbohydrateType carbohydrateType, Double labelOsmolality) {

    boolean onLabel(Mineral mineral) {
        return mgPerLitre.containsKey(mineral);
    }

    double perServingMg(Mineral mineral) {
        return mgPerLitre.get(mineral) * servingMl / 1000.0;
    }

    double consumedMg(Mineral mineral) {
        return mgPerLitre.get(mineral) * consumedMl / 1000.0;
    }
}
