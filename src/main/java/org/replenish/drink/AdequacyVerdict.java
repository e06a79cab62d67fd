package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a drink supplies enough of a mineral. */
@Schema(description = "ADEQUATE, PARTIAL, INADEQUATE, or ABSENT when the label lacks the mineral. Rules in the README.")
public enum AdequacyVerdict {
    ADEQUATE,
    PARTIAL,
    INADEQUATE,
    ABSENT
}
