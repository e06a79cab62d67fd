package org.replenish.codes;

/** Codes of a drink check's summary: what the check judges, each part on its own. */
public enum SummaryCode implements Code {
    DAILY_TARGET_SHARES,
    DAILY_TARGET_NOT_JUDGED,
    MINERAL_SHARE,
    LOSS_SHARE,
    SESSION_LOSS_SHARES,
    SESSION_NOT_GIVEN,
    SESSION_NOT_JUDGED,
    COMPOSITION_AGAINST_GUIDANCE,
    POTASSIUM_RICH_RISK_UNKNOWN;

    @Override
    public CodeSet set() {
        return CodeSet.SUMMARY;
    }
}
