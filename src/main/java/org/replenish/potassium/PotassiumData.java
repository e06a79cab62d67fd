package org.replenish.potassium;

import java.util.List;
import java.util.Map;
import org.replenish.reference.SourcedValue;
import org.replenish.vocabulary.Confidence;

/** The 99 mg capsule limit, the salts supplements use, and potassium-rich foods. */
public record PotassiumData(CapsuleLimitData capsuleLimit, LightElements lightElements,
                            Map<PotassiumCompound, Salt> salts, List<Food> foods, SourcedValue maximumTargetMg) {

    /** The per-unit limit, the threshold it stays under, and why. */
    public record CapsuleLimitData(double limitMg, double prescriptionThresholdMg, List<ProductForm> appliesToForms,
                                   String basis, List<BasisStatement> basisStatements, List<String> sourceIds,
                                   Confidence tag) {
    }

    /** One statement of why the limit exists, with its own sources and tag: the rule and the convention differ. */
    public record BasisStatement(String statement, List<String> sourceIds, Confidence tag) {
    }

    /** Atomic weights of the elements in salt formulas that are not minerals of the service. */
    public record LightElements(String sourceId, Confidence tag, Map<String, Double> atomicWeights) {
    }

    /**
     * A salt's formula, the count of each element's atoms in the anhydrous salt, and the molecules of water of
     * crystallisation per formula unit in the form labels mean (absent for an anhydrous salt, and then so are the
     * source and tag of that form).
     */
    public record Salt(String formula, Map<String, Integer> atoms, Double waterOfCrystallisation, String sourceId,
                       Confidence tag) {

        public double waterMolecules() {
            return waterOfCrystallisation == null ? 0 : waterOfCrystallisation;
        }
    }

    /** A food portion and its potassium. */
    public record Food(String food, String portion, double potassiumMg, String sourceId, Confidence tag) {
    }
}
