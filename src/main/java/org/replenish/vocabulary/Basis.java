package org.replenish.vocabulary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The set of dietary reference values a target is taken from. */
@Schema(description = "Basis of dietary targets: NASEM_DRI US/Canada Dietary Reference Intakes (NASEM 2019, IOM 1997/2005/2011), FDA_DAILY_VALUE US label Daily Values (2016, ages 4 and over), EFSA European dietary reference values.")
public enum Basis {
    NASEM_DRI,
    FDA_DAILY_VALUE,
    EFSA
}
