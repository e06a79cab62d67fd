package org.replenish.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a message parameter holds, so an app can format it itself (issue 27 item 3). */
@Schema(description = "What a message parameter holds. NUMBER: a number in plain decimal notation (unit names its unit, if any). "
        + "ENUM, ENUM_LIST: constant names of the schema named in schema (a list comma-separated); texts give them in words. "
        + "SESSION_INDEX_LIST: 0-based indices into the request's sessions, comma-separated; texts count them from 1. "
        + "SOURCE_ID, SOURCE_ID_LIST: ids of GET /v1/sources; texts give the short citation. "
        + "TEXT: a name or explanation from the reference data (the wire carries its id or its English text; the template's "
        + "language has it translated where the service translates it). "
        + "MESSAGE_LIST: messages already rendered; the wire carries their English text. "
        + "INTEGER: a whole number (a line or column). KEYWORD: a fixed word a template chooses on with select, whose "
        + "keys are its values (true, false, MIN, MAX, MIN_AND_MAX, integer, ...). VALUE_LIST: values as the wire "
        + "spells them, comma-separated (the constants an enum allows). UNIT: the unit of a range: a unit symbol, "
        + "items (a list's size), characters (a text's length) or none. RULE_CODE: a code of the RULE set; render its "
        + "template with the violation's parameters. An open set.")
public enum ParameterType {
    NUMBER,
    ENUM,
    ENUM_LIST,
    SESSION_INDEX_LIST,
    SOURCE_ID,
    SOURCE_ID_LIST,
    TEXT,
    MESSAGE_LIST,
    INTEGER,
    KEYWORD,
    VALUE_LIST,
    UNIT,
    RULE_CODE
}
