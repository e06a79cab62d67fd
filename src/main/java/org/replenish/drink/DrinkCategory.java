package org.replenish.drink;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of drink the composition says this is. */
@Schema(description = "Category from the composition: ORAL_REHYDRATION_SOLUTION, ELECTROLYTE_CONCENTRATE, LOW_ELECTROLYTE or SPORTS_DRINK. "
        + "First rule that matches: no sodium on the label LOW_ELECTROLYTE; sodium at least 40 mmol/L with carbohydrate "
        + "above 0 and at most 3 % ORAL_REHYDRATION_SOLUTION; sodium above 50 mmol/L ELECTROLYTE_CONCENTRATE; sodium "
        + "below 10 mmol/L LOW_ELECTROLYTE; otherwise SPORTS_DRINK.")
public enum DrinkCategory {
    SPORTS_DRINK,
    ORAL_REHYDRATION_SOLUTION,
    ELECTROLYTE_CONCENTRATE,
    LOW_ELECTROLYTE
}
