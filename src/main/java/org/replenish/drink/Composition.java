package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.replenish.codes.CodedText;
import org.replenish.vocabulary.Rendered;

/** The drink against composition guidance, and its category. */
@Schema(description = "Composition against the sports-drink guidance, and the category with the rule that placed it.")
public record Composition(
        @Schema(description = "One assessment per guidance range.", required = true) List<RangeAssessment> checks,
        @Schema(description = "The category.", required = true) DrinkCategory category,
        @Extension(name = Rendered.EXTENSION, value = "true") @Schema(description = "The rule that placed the drink in its category, in the language of Content-Language.", required = true) String categoryRule,
        @Schema(description = "The rule with its code and parameters.", required = true) CodedText categoryRuleMessage) {
}
