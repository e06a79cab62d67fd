package org.replenish.safety;

import java.util.EnumSet;
import java.util.Set;
import org.replenish.reference.RiskFactorTable;
import org.replenish.reference.SafetyCondition;
import org.replenish.targets.PersonProfile;
import org.replenish.vocabulary.LifeStage;

/**
 * The safety conditions a person's life stage sets: pregnancy or lactation, older adult, child (ages in
 * risk-factors.json, design choices tagged M), which SafetyEvaluator adds for a person. Pure.
 */
final class LifeStageConditions {

    private final RiskFactorTable.LifeStageGates gates;

    LifeStageConditions(RiskFactorTable.LifeStageGates gates) {
        this.gates = gates;
    }

    /** The conditions for the person; empty without a person. */
    Set<SafetyCondition> of(PersonProfile person) {
        Set<SafetyCondition> conditions = EnumSet.noneOf(SafetyCondition.class);
        if (person == null) {
            return conditions;
        }
        if (person.lifeStageOrNone() != LifeStage.NONE) {
            conditions.add(SafetyCondition.PREGNANT_OR_LACTATING);
        }
        if (person.ageYears() >= gates.olderAdultFromAgeYears().value()) {
            conditions.add(SafetyCondition.OLDER_ADULT);
        }
        if (person.ageYears() < gates.childBelowAgeYears().value()) {
            conditions.add(SafetyCondition.CHILD);
        }
        return conditions;
    }
}
