package org.replenish.codes;

import org.replenish.vocabulary.RiskFactor;

/**
 * A risk factor as a code of the catalogue's RISK_FACTOR set, whose template is what the factor means for the
 * minerals: an app that asked for a minimal answer renders a factor's explanation from its code (issue 28 item 5).
 */
public record RiskFactorText(RiskFactor factor) implements Code {

    @Override
    public String name() {
        return factor.name();
    }

    @Override
    public CodeSet set() {
        return CodeSet.RISK_FACTOR;
    }
}
