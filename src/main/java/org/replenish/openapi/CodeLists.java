package org.replenish.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.replenish.codes.Code;
import org.replenish.codes.CodeSet;
import org.replenish.validation.ViolationCode;

/**
 * Lists the known values of each open code set on the code property that carries it, and of the open response enums,
 * as {@code x-extensible-enum}:
 * the property stays a string (a client must accept codes it does not know), and the values come from the code enums,
 * so the document cannot drift from the codes the service sends. The contract guard treats removing a listed value as
 * breaking.
 */
final class CodeLists {

    static final String EXTENSION = "x-extensible-enum";

    /** The schema whose {@code code} property carries each set. */
    private static final Map<String, List<CodeSet>> SETS_BY_SCHEMA = Map.of(
            "Assumption", List.of(CodeSet.ASSUMPTION),
            "DrinkWarning", List.of(CodeSet.DRINK_WARNING),
            "SafetyFlag", List.of(CodeSet.SAFETY_FLAG),
            "CodedText", List.of(CodeSet.NOTE, CodeSet.TARGET_NOTE, CodeSet.REASON, CodeSet.SUMMARY,
                    CodeSet.LIFE_STAGE_GROUP, CodeSet.CATEGORY_RULE, CodeSet.PLAN_NOTE));

    private CodeLists() {
    }

    /**
     * Response enums that later capabilities will extend (statuses, verdicts, decisions, sources of a rate): listed as
     * x-extensible-enum on a plain string, so that adding a value is not a breaking change for generated clients.
     */
    private static final List<String> OPEN_RESPONSE_ENUMS = List.of("DietStatus", "SweatStatus", "AdequacyVerdict",
            "ReplacementVerdict", "PolicyDecision", "TargetReach", "SweatRateSource", "SweatSodiumSource", "FluidFlag",
            "CesCondition", "ModelCondition", "MetabolicRateSource", "CarbohydrateAdvice");

    static void attachTo(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (String name : OPEN_RESPONSE_ENUMS) {
            Schema schema = schemas.get(name);
            List<Object> values = schema.getEnumeration();
            schema.setEnumeration(null);
            schema.addExtension(EXTENSION, values);
        }
        SETS_BY_SCHEMA.forEach((schemaName, sets) -> list(schemas, schemaName,
                sets.stream().flatMap(set -> set.codes().stream()).map(Code::name).toList()));
        // Violation kinds are a plain enum of the validation package, which may not depend on the codes package.
        list(schemas, "Violation", Arrays.stream(ViolationCode.values()).map(Enum::name).toList());
    }

    private static void list(Map<String, Schema> schemas, String schemaName, List<String> codes) {
        schemas.get(schemaName).getProperties().get("code").addExtension(EXTENSION, codes);
    }
}
