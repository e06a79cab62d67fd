package org.replenish.plan;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.reference.Assumption;
import org.replenish.safety.SafetyFlag;
import org.replenish.safety.SafetyPolicyResult;

/** The answer of POST /v1/session-plans. */
@Schema(description = "What to drink before, during and after a planned session, with bands, sources and assumptions; "
        + "capped against over-drinking. An urgent answer (safetyPolicy.urgent) gives no plan at all.")
public record SessionPlan(
        @Schema(description = "What the one safety policy decided; the plan obeys it.", required = true) SafetyPolicyResult safetyPolicy,
        @Schema(description = "Before the session; absent in an urgent answer.") BeforeSession before,
        @Schema(description = "During the session, per hour; absent in an urgent answer.") DuringSession during,
        @Schema(description = "After the session; absent in an urgent answer.") AfterSession after,
        @Schema(description = "Each supplied drink against the plan, in the request's order; empty when none was given or the answer is urgent.", required = true) List<DrinkPlan> drinks,
        @Schema(description = "Notes that go with every plan (never drink more than you sweat; weigh before and after) and a child's drinking guidance; empty in an urgent answer.", required = true) List<CodedText> notes,
        @Schema(description = "Safety flags from the person, risk factors, symptoms and session, most severe first; the same policy as on every endpoint.", required = true) List<SafetyFlag> safety,
        @Schema(description = "What the reported symptoms that are no red flag do and do not indicate; empty when none.", required = true) List<CodedText> symptomNotes,
        @Schema(description = "Every default used.", required = true) List<Assumption> assumptions,
        @Schema(description = "Version of the reference data.", required = true) String referenceDataVersion,
        @Schema(description = "The result is arithmetic, not advice; in the language of Content-Language.", required = true) String disclaimer) {
}
