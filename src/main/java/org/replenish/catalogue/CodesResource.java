package org.replenish.catalogue;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.replenish.codes.Code;
import org.replenish.codes.CodeCatalogue;
import org.replenish.codes.CodeSet;
import org.replenish.codes.Language;
import org.replenish.codes.Localised;
import org.replenish.codes.Texts;
import org.replenish.reference.ReferenceData;
import org.replenish.reference.SafetyRule;

/** GET /v1/codes: the catalogue of the open code sets, a localisation kit in the language Accept-Language asks for. */
@Path("/v1/codes")
@Tag(name = "Reference")
@NonBlocking
public class CodesResource {

    // The catalogue depends only on the code enums, the bundled texts and the reference data: built once per language.
    private final Map<Language, CodeCatalogue> catalogues = new EnumMap<>(Language.class);

    public CodesResource(ReferenceData data) {
        // The codes whose English the reference data holds: the safety flags' texts and the risk factors' meanings.
        Map<Code, String> dataTexts = new LinkedHashMap<>();
        for (SafetyRule rule : data.safetyRules()) {
            dataTexts.putIfAbsent(rule.code(), rule.message());
        }
        data.riskFactors().factors().forEach((factor, info) -> dataTexts.put(CodeSet.RISK_FACTOR.code(factor), info.explanation()));
        for (Language language : Language.values()) {
            catalogues.put(language, CodeCatalogue.current(Texts.of(language), dataTexts));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listCodes", summary = "The codes answers can carry, with templates to render them",
            description = "Lists every open set of codes (assumptions, drink warnings, safety flags, notes, reasons, "
                    + "summaries) with each code's meaning, its message template in the language of Content-Language "
                    + "(chosen by Accept-Language: en or de) and the type of each parameter, so an app can switch on "
                    + "codes and render messages itself. Open sets may grow: tolerate codes you do not know.")
    @APIResponse(responseCode = "200", description = "The catalogue.")
    public RestResponse<CodeCatalogue> codes(@Context HttpHeaders headers) {
        Texts texts = Localised.texts(headers);
        return Localised.answer(catalogues.get(texts.language()), texts);
    }
}
