package org.replenish.validation;

/**
 * The rules across fields a request can break, each named in a RULE violation's parameters.rule with the values it
 * needs, so an app can word it without reading the English message (issue 27 item 1). An open set.
 */
public enum RuleCode {
    /** Two fields of which only one may be given are both given (parameters: fields). */
    ONLY_ONE_OF,
    /** Neither of two fields of which one is required is given (parameters: fields). */
    ONE_OF_REQUIRED,
    /** A basis is given beside a target of the client's own, which has no basis. */
    BASIS_NOT_FOR_A_GIVEN_TARGET,
    /** A basis other than FDA_DAILY_VALUE needs a person (parameters: basis). */
    BASIS_NEEDS_A_PERSON,
    /** FDA_DAILY_VALUE is a label reference and never a person's target. */
    DAILY_VALUE_NOT_A_PERSONS_TARGET,
    /** Pregnancy and lactation apply to sex FEMALE only (parameters: lifeStage). */
    LIFE_STAGE_REQUIRES_FEMALE,
    /** Pregnancy and lactation need an age of at least minAgeYears (parameters: lifeStage, minAgeYears). */
    LIFE_STAGE_REQUIRES_AGE,
    /** The basis has no table for the person's age (parameters: basis, fromAgeYears, the youngest age it covers, and ageYears). */
    BASIS_DOES_NOT_COVER_AGE,
    /** The basis has no value of a mineral for the life stage at this age (parameters: basis, mineral, lifeStage, ageYears). */
    BASIS_HAS_NO_VALUE_FOR_GROUP,
    /** The unit is not one this mineral can be given in (parameters: mineral, unit). */
    UNIT_NOT_ALLOWED_FOR_MINERAL,
    /** A mass is needed here (parameters: allowed). */
    UNIT_NOT_A_MASS,
    /** sweatSodiumSite says where sweatSodium was measured, so it needs sweatSodium. */
    SITE_NEEDS_SWEAT_SODIUM,
    /** A label gives salt and sodium both (salt is the EU label's statement of the same sodium). */
    SALT_OR_SODIUM,
    /** A session's energyExpended or environment is given without the person's body mass and height (parameters: fields, the missing ones). */
    WORKOUT_NEEDS_BODY
}
