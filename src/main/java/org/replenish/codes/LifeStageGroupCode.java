package org.replenish.codes;

/** Codes of the life-stage group whose reference values an answer used (lifeStageGroupMessage). */
public enum LifeStageGroupCode implements Code {
    AGE_BAND_AND_SEX,
    AGE_BAND_SEX_AND_LIFE_STAGE;

    @Override
    public CodeSet set() {
        return CodeSet.LIFE_STAGE_GROUP;
    }
}
