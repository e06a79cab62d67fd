package org.replenish.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.replenish.reference.ReferenceData;

/** One evaluator of the shared safety rules for every feature. */
@ApplicationScoped
public class SafetyEvaluatorProducer {

    @Produces
    @Singleton
    SafetyEvaluator safetyEvaluator(ReferenceData data) {
        return new SafetyEvaluator(data.safetyRules(), data.riskFactors().lifeStageGates());
    }
}
