package org.replenish.minerals;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;
import org.replenish.problem.QueryParameters;
import org.replenish.validation.Violations;
import org.replenish.reference.ReferenceData;
import org.replenish.units.AmountUnit;
import org.replenish.units.Mineral;
import org.replenish.units.MineralConverter;

/** GET /v1/conversions: one mineral amount from one unit to another. */
@Path("/v1/conversions")
@Tag(name = "Reference")
@NonBlocking
public class ConversionsResource {

    /** Larger than any amount a person eats or loses in a day, in any unit; keeps results finite. */
    static final double MAX_VALUE = 1e9;

    private final MineralConverter converter;
    private final ReferenceData data;

    public ConversionsResource(MineralConverter converter, ReferenceData data) {
        this.converter = converter;
        this.data = data;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "convertAmount", summary = "Convert a mineral amount between mg, g, mmol and mEq",
            description = "Converts with the standard atomic weight and valence of the mineral: mmol = mg / atomic weight, "
                    + "mEq = mmol x |valence|. Phosphorus converts as elemental phosphorus and bicarbonate as the HCO3- ion, "
                    + "both between MG, G and MMOL only: MEQ for them is a 400 that says why.")
    @APIResponse(responseCode = "200", description = "The converted amount and the factor used.")
    public ConversionResponse convert(
            @Parameter(description = "The mineral.", required = true, schema = @Schema(implementation = Mineral.class),
                    example = "POTASSIUM")
            @RestQuery String mineral,
            @Parameter(description = "The amount to convert: 0, or from 0.001 to 1e9.", required = true,
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1000000000"), example = "20")
            @RestQuery String value,
            @Parameter(description = "Unit of the value.", required = true, schema = @Schema(implementation = AmountUnit.class),
                    example = "MEQ")
            @RestQuery String from,
            @Parameter(description = "Unit to convert to.", required = true, schema = @Schema(implementation = AmountUnit.class),
                    example = "MG")
            @RestQuery String to,
            @Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri.getQueryParameters(), "mineral", "value", "from", "to");
        Mineral parsedMineral = query.requiredEnum("mineral", mineral, Mineral.class);
        Double parsedValue = query.requiredNumber("value", value, MAX_VALUE);
        AmountUnit parsedFrom = query.requiredEnum("from", from, AmountUnit.class);
        AmountUnit parsedTo = query.requiredEnum("to", to, AmountUnit.class);
        query.throwIfInvalid();
        Violations violations = new Violations();
        if (!converter.hasMilliequivalents(parsedMineral)) {
            String reason = converter.milliequivalentsRefusal(parsedMineral);
            violations.require(parsedFrom != AmountUnit.MEQ, "from", reason);
            violations.require(parsedTo != AmountUnit.MEQ, "to", reason);
        }
        violations.throwIfAny();

        double factor = converter.factor(parsedMineral, parsedFrom, parsedTo);
        return new ConversionResponse(parsedMineral, parsedValue, parsedFrom, parsedTo, parsedValue * factor, factor,
                data.version());
    }
}
