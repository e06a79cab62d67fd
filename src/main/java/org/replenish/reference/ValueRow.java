package org.replenish.reference;

import org.replenish.vocabulary.Confidence;
import org.replenish.vocabulary.LifeStage;
import org.replenish.vocabulary.Sex;

/**
 * One age band's values in mg/day for each sex and life stage; absent means the source gives none.
 * kind, tag and sourceId override the table's defaults where one row differs (e.g. infant AIs in an RDA table);
 * lifeStageSourceId and lifeStageTag override them for the pregnant and lactating values alone (e.g. an adult rule
 * applied to 15-17 y, or the label values for pregnancy set apart from the adult ones).
 */
public record ValueRow(String band, Double male, Double female, Double pregnant, Double lactating,
                       TargetKind kind, Confidence tag, String sourceId, String lifeStageSourceId,
                       Confidence lifeStageTag) {

    /** The source id of the value for a life stage, or null to take the row's or table's source. */
    public String sourceIdFor(LifeStage lifeStage) {
        return lifeStage != LifeStage.NONE && lifeStageSourceId != null ? lifeStageSourceId : sourceId;
    }


    /** The tag of the value for a life stage, or null to take the row's or table's tag. */
    public Confidence tagFor(LifeStage lifeStage) {
        return lifeStage != LifeStage.NONE && lifeStageTag != null ? lifeStageTag : tag;
    }


    /** The value for a group, or null when the source gives none. */
    public Double valueFor(Sex sex, LifeStage lifeStage) {
        return switch (lifeStage) {
            case PREGNANT -> pregnant;
            case LACTATING -> lactating;
            case NONE -> sex == Sex.MALE ? male : female;
        };
    }
}
