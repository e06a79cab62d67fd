package org.replenish.codes;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/codes. */
@Schema(description = "Every open set of codes with each code's meaning and message parameters.")
public record CodeCatalogue(
        @Schema(description = "The sets, in a fixed order.", required = true) List<CodeSetInfo> sets) {

    /** The catalogue of this version, built from the code enums and the English texts. */
    public static CodeCatalogue current() {
        return new CodeCatalogue(Arrays.stream(CodeSet.values())
                .map(set -> new CodeSetInfo(set.name(), set.description(), true, set.codes().stream()
                        .map(code -> new CodeInfo(code.name(), Texts.description(code),
                                List.copyOf(Texts.parameterNames(code))))
                        .toList()))
                .toList());
    }
}
