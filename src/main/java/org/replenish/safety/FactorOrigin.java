package org.replenish.safety;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the client reported a risk factor or the service inferred it. */
@Schema(description = "REPORTED by the client, or DETECTED by the service from the sessions.")
public enum FactorOrigin {
    REPORTED,
    DETECTED
}
