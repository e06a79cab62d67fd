package org.replenish.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a message parameter holds, so an app can format it itself (issue 27 item 3). */
@Schema(description = "What a message parameter holds. NUMBER: a number in plain decimal notation (unit names its unit, if any). "
        + "ENUM, ENUM_LIST: constant names of the schema named in schema (a list comma-separated); texts give them in words. "
        + "SESSION_INDEX_LIST: 0-based indices into the request's sessions, comma-separated; texts count them from 1. "
        + "SOURCE_ID, SOURCE_ID_LIST: ids of GET /v1/sources; texts give the short citation. "
        + "TEXT: a name or explanation from the reference data (the wire carries its id or its English text; the template's "
        + "language has it translated where the service translates it). "
        + "MESSAGE_LIST: messages already rendered; the wire carries their English text. An open set.")
public enum ParameterType {
    NUMBER,
    ENUM,
    ENUM_LIST,
    SESSION_INDEX_LIST,
    SOURCE_ID,
    SOURCE_ID_LIST,
    TEXT,
    MESSAGE_LIST
}
