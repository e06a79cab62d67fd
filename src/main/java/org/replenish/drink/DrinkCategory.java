package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of drink the composition says this is. */
@Schema(description = "Category from the composition: ORAL_REHYDRATION_SOLUTION, ELECTROLYTE_CONCENTRATE, LOW_ELECTROLYTE or SPORTS_DRINK. Rules in the README.")
public enum DrinkCategory {
    SPORTS_DRINK,
    ORAL_REHYDRATION_SOLUTION,
    ELECTROLYTE_CONCENTRATE,
    LOW_ELECTROLYTE
}
