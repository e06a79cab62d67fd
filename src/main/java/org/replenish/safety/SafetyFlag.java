package org.replenish.safety;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.Severity;
import org.replenish.units.Mineral;

/** A safety message raised by a rule, with a stable code apps can switch on. */
@Schema(description = "A safety flag. Apps should show it before any number that could read as advice.")
public record SafetyFlag(
        @Schema(description = "Stable code, e.g. POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN; an open set (GET /v1/codes lists its values), so tolerate codes you do not know.", required = true) String code,
        @Schema(description = "How strongly the person is routed to care.", required = true) Severity severity,
        @Schema(description = "Minerals the flag concerns.", required = true) List<Mineral> minerals,
        @Schema(description = "Minerals whose supplement arithmetic (capsule, serving and portion counts) this flag withholds.", required = true) List<Mineral> gatesSupplementsFor,
        @Schema(description = "What the person should know or do, in the language of Content-Language.", required = true) String message,
        @Schema(description = "The message's named parameters (the life-stage gate's ages for POTASSIUM_SUPPLEMENTS_ONLY_WITH_CLINICIAN_FOR_LIFE_STAGE; empty for a flag whose text holds no numbers, as GET /v1/codes lists), for rendering it in another language.", required = true) Map<String, String> parameters,
        @Schema(description = "Source ids behind the rule.", required = true) List<String> sourceIds) {
}
