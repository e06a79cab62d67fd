package org.replenish.safety;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.reference.PolicyDecision;
import org.replenish.reference.Severity;
import org.replenish.units.Mineral;
import org.replenish.vocabulary.Rendered;

/** A safety message raised by a rule, with a stable code apps can switch on. */
@Schema(description = "A safety flag. Apps should show it before any number that could read as advice.")
public record SafetyFlag(
        @Schema(description = "Stable code, e.g. POTASSIUM_TARGET_SET_WITH_CLINICIAN; an open set (GET /v1/codes lists its values), so tolerate codes you do not know.", required = true) String code,
        @Schema(description = "How strongly the person is routed to care; URGENT makes the whole answer urgent.", required = true) Severity severity,
        @Schema(description = "Minerals the flag concerns: for a rule triggered by risk factors, those of its minerals that a reported factor affects.", required = true) List<Mineral> minerals,
        @Schema(description = "What the flag decides for its minerals (see safetyPolicy); absent for a flag that decides nothing.") PolicyDecision decides,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "What the person should know or do, in the language of Content-Language.", required = true) String message,
        @Schema(description = "The message's named parameters (the ages and thresholds its text names; empty for a flag whose text holds no numbers, as GET /v1/codes lists), for rendering it in another language.", required = true) Map<String, String> parameters,
        @Schema(description = "Source ids behind the rule.", required = true) List<String> sourceIds) {

    SafetyFlag withMinerals(List<Mineral> concerned) {
        return new SafetyFlag(code, severity, concerned, decides, message, parameters, sourceIds);
    }
}
