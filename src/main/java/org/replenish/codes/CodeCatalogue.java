package org.replenish.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of GET /v1/codes. */
@Schema(description = "Every open set of codes with each code's meaning, message template and typed parameters: a localisation kit.")
public record CodeCatalogue(
        @Schema(description = "The sets, in a fixed order.", required = true) List<CodeSetInfo> sets) {

    /**
     * The catalogue of this version in the language of texts, built from the code enums and the bundled texts;
     * dataTemplates gives the English of the codes whose English text the reference data holds (safety flags).
     */
    public static CodeCatalogue current(Texts texts, Map<Code, String> dataTemplates) {
        return new CodeCatalogue(Arrays.stream(CodeSet.values())
                .map(set -> new CodeSetInfo(set.name(), set.description(), true, set.codes().stream()
                        .map(code -> info(code, texts, dataTemplates.get(code)))
                        .toList()))
                .toList());
    }

    private static CodeInfo info(Code code, Texts texts, String dataTemplate) {
        List<ParameterInfo> parameters = Texts.parameterNames(code).stream().map(name -> {
            ParameterInfo type = ParameterTypes.of(code, name);
            return type != null ? type : new ParameterInfo(name, ParameterType.TEXT, null, null);
        }).toList();
        return new CodeInfo(code.name(), Texts.description(code), texts.template(code, dataTemplate), parameters);
    }
}
