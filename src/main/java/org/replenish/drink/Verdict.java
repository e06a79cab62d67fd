package org.replenish.drink;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A verdict with the numbers that decided it. */
@Schema(description = "An adequacy verdict and the reasons, each naming the number that decided it.")
public record Verdict(
        @Schema(description = "The verdict.", required = true) AdequacyVerdict verdict,
        @Schema(description = "Why, with the deciding numbers.", required = true) List<String> reasons) {
}
