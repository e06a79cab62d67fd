package org.replenish.validation;

/**
 * What kind of fault a violation is, for clients to switch on (its message says the same in English). An open set:
 * a later version may add a kind, so clients must tolerate one they do not know.
 */
public enum ViolationCode {
    /** A required field or parameter is missing or null. */
    REQUIRED,
    /** A number outside its range, or a list with too many elements. */
    OUT_OF_RANGE,
    /** A field the request type does not have. */
    UNKNOWN_FIELD,
    /** A value that is not one of an enum's constants. */
    UNKNOWN_VALUE,
    /** A value of the wrong JSON type (text for a number, a fraction for a whole number). */
    WRONG_TYPE,
    /** The body is not well-formed JSON, or has content after its end. */
    MALFORMED_JSON,
    /** Any other invalid value. */
    INVALID_VALUE,
    /** A field repeated in one object, or a query parameter given twice. */
    REPEATED,
    /** A rule across fields is broken; parameters.rule names it (RuleCode) beside the values it needs. */
    RULE
}
