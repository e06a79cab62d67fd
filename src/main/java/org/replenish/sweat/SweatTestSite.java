package org.replenish.sweat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a sweat test's sodium was measured. */
@Schema(description = "Where a sweat sodium was measured: WHOLE_BODY (whole-body washdown, used as given), FOREARM or "
        + "OTHER_REGION (a patch; regional values overstate whole-body sodium and are converted with Baker 2016's "
        + "regression, whole-body = 0.57 x regional + 11.05 mmol/L). Absent: taken as a regional patch value.")
public enum SweatTestSite {
    WHOLE_BODY,
    FOREARM,
    OTHER_REGION
}
