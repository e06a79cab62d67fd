package org.replenish.codes;

/** Codes of the reasons behind a deficit status, a drink verdict and a sodium assessment. */
public enum ReasonCode implements Code {
    STATUS_TARGET_DOES_NOT_APPLY,
    STATUS_LOSSES_MAY_BE_MEDICAL,
    STATUS_SWEAT_LOSS_TO_REPLACE,
    STATUS_DEFICIT_SIZE,
    LABEL_LACKS_MINERAL,
    COUNTED_UP_TO_SWEAT_VOLUME,
    SHARE_OF_DAILY_VALUE,
    SHARE_OF_DAILY_TARGET,
    REFERENCE_AMOUNT_SHARE,
    SAFETY_FLAG_GATES_MINERAL,
    SODIUM_AGAINST_GUIDANCE,
    SODIUM_AGAINST_SWEAT_LOSS;

    @Override
    public CodeSet set() {
        return CodeSet.REASON;
    }
}
