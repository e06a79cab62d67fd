package org.replenish.safety;

import java.util.Set;
import org.replenish.reference.RiskFactorTable;
import org.replenish.reference.SafetyCondition;
import org.replenish.targets.PersonProfile;
import org.replenish.vocabulary.LifeStage;

/**
 * The safety conditions a person's life stage sets: pregnancy or lactation, older adult, child, infant (ages in
 * risk-factors.json; older adult and child are design choices tagged M). Pure.
 */
final class LifeStageConditions {

    private final RiskFactorTable.LifeStageGates gates;

    LifeStageConditions(RiskFactorTable.LifeStageGates gates) {
        this.gates = gates;
    }

    /** Adds the person's conditions; none without a person. */
    void addTo(Set<SafetyCondition> conditions, PersonProfile person) {
        if (person == null) {
            return;
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
        if (person.ageYears() < gates.infantBelowAgeYears().value()) {
            conditions.add(SafetyCondition.INFANT);
        }
    }
}
