package org.replenish.safety;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.replenish.reference.SafetyCondition;
import org.replenish.sweat.SessionLoss;
import org.replenish.targets.PersonProfile;
import org.replenish.vocabulary.RiskFactor;
import org.replenish.vocabulary.Symptom;

/**
 * Everything the safety policy looks at in one request: the person (null when the request names none), the reported
 * risk factors and symptoms, the sessions of the last 24 hours, and the conditions only a feature can see in its own
 * inputs (a supplement given, drinking above the sweat loss, an intake above a limit).
 */
public record SafetyRequest(PersonProfile person, Collection<RiskFactor> riskFactors, Collection<Symptom> symptoms,
                            List<SessionLoss> sessions, Set<SafetyCondition> featureConditions) {
}
