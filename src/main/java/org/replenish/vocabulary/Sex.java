package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sex as the dietary reference tables distinguish it. */
@Schema(description = "Sex used to pick the dietary reference group.")
public enum Sex {
    MALE,
    FEMALE
}
