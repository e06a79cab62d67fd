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

    /** Milligrams of the mineral in a volume of this drink. */
    double mgIn(Mineral mineral, double millilitres) {
        return mgPerLitre.get(mineral) * millilitres / 1000.0;
    }

    double perServingMg(Mineral mineral) {
        return mgIn(mineral, servingMl);
    }

    double consumedMg(Mineral mineral) {
        return mgIn(mineral, consumedMl);
    }
}
