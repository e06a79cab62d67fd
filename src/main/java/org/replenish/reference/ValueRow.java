package org.replenish.reference;

/**
 * One age band's values in mg/day for each sex and life stage; absent means the source gives none.
 * kind, tag and sourceId override the table's defaults where one row differs (e.g. infant AIs in an RDA table).
 */
public record ValueRow(String band, Double male, Double female, Double pregnant, Double lactating,
                       TargetKind kind, Confidence tag, String sourceId) {

    /** The value for a group, or null when the source gives none. */
    public Double valueFor(Sex sex, LifeStage lifeStage) {
        return switch (lifeStage) {
            case PREGNANT -> pregnant;
            case LACTATING -> lactating;
            case NONE -> sex == Sex.MALE ? male : female;
        };
    }
}
