package org.replenish.reference;

import java.util.List;
import org.replenish.codes.CodeSet;
import org.replenish.codes.Term;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Confidence;

/**
 * What a risk factor does: minerals concerned, weight towards a deficiency (with its own source and reason),
 * explanation and source. medicalLoss: losses may be medical, so the minerals get no dietary status.
 * impairsPotassiumExcretion: the potassium AI does not apply (NASEM 2019), which the status reason says; which
 * minerals a factor can push too high is the safety rules' decision (safety-rules.json), not the factor's.
 */
public record RiskFactorInfo(List<Mineral> minerals, int deficiencyWeight, String sourceId, Confidence tag,
                             String explanation, String weightSourceId, Confidence weightTag, String weightReason,
                             Boolean medicalLoss, Boolean impairsPotassiumExcretion) {

    public boolean causesMedicalLoss() {
        return Boolean.TRUE.equals(medicalLoss);
    }

    /**
     * The explanation as a message parameter: translated by the bundle's RISK_FACTOR.{factor}, the factor's code in
     * the catalogue's RISK_FACTOR set.
     */
    public Term explanation(RiskFactor factor) {
        return new Term(CodeSet.RISK_FACTOR.name() + "." + factor.name(), factor.name(), explanation);
    }

    /** Why the factor weighs what it does: translated by the bundle's RiskFactorWeightReason.{factor}. */
    public Term weightReason(RiskFactor factor) {
        return new Term("RiskFactorWeightReason." + factor.name(), factor.name(), weightReason);
    }

    public boolean potassiumTargetDoesNotApply() {
        return Boolean.TRUE.equals(impairsPotassiumExcretion);
    }
}
