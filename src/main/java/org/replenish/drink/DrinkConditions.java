package org.replenish.drink;

import java.util.EnumSet;
import java.util.Set;
import org.replenish.reference.SafetyCondition;
import org.replenish.units.Mineral;

/**
 * The safety conditions only a drink check's own inputs show: drinking more than the session's limit (its expected
 * sweat loss, or for a child the young athletes' guidance),
 * an electrolyte drink given at all (for the infant rule), and added magnesium above the supplemental upper limit.
 * Pure.
 */
final class DrinkConditions {

    private DrinkConditions() {
    }

    static Set<SafetyCondition> of(DrinkFacts facts, DrinkingLimit drinking, MagnesiumLimit magnesiumLimit) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        if (drinking != null && drinking.exceededBy(facts.consumedMl())) {
            conditions.add(SafetyCondition.DRANK_ABOVE_SWEAT_LOSS);
        }
        if (Mineral.MODELLED.stream().anyMatch(m -> facts.onLabel(m) && facts.mgPerLitre().get(m) > 0)) {
            conditions.add(SafetyCondition.SUPPLEMENT_OR_ELECTROLYTE_DRINK_GIVEN);
        }
        // The flag says "supplemental magnesium is above the limit": only when the label says it was added; magnesium
        // of unknown source gets the verdict and the warning that say "if added" instead.
        if (magnesiumLimit.statedAdded() && facts.onLabel(Mineral.MAGNESIUM)
                && magnesiumLimit.exceededBy(facts.consumedMg(Mineral.MAGNESIUM))) {
            conditions.add(SafetyCondition.SUPPLEMENTAL_MAGNESIUM_ABOVE_UL);
        }
        return conditions;
    }
}
