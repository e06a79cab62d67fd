package org.replenish.safety;

import java.util.List;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/** A request body that reports risk factors and symptoms for the one safety policy; absent lists are empty. */
public interface ReportedRisks {

    List<RiskFactor> riskFactors();

    List<Symptom> symptoms();

    default List<RiskFactor> riskFactorsOrEmpty() {
        return riskFactors() == null ? List.of() : riskFactors();
    }

    default List<Symptom> symptomsOrEmpty() {
        return symptoms() == null ? List.of() : symptoms();
    }
}
