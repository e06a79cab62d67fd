package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.vocabulary.Confidence;

/** The drink against the conditions of the EU claims on carbohydrate-electrolyte solutions (issue 30 item 4). */
@Schema(description = "The drink against the conditions of use of the EU claims on carbohydrate-electrolyte solutions "
        + "(EFSA 2011, Reg. (EU) 432/2012): 80-350 kcal/L from carbohydrate, at least 75 % of that energy from "
        + "high-glycaemic carbohydrate (glucose, glucose polymers, sucrose), sodium 20-50 mmol/L, osmolality "
        + "200-330 mOsm/kg. A condition the label does not let the service check counts as not met.")
public record CarbohydrateElectrolyteSolution(
        @Schema(description = "True when every condition is met and checked.", required = true) boolean conditionsMet,
        @Schema(description = "The conditions failed or not checkable, in the order above; empty when conditionsMet.", required = true) List<CesCondition> failedConditions,
        @Schema(description = "Source id of the conditions.", required = true) String sourceId,
        @Schema(description = "How far the conditions are confirmed.", required = true) Confidence tag) {
}
