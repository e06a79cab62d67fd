package org.replenish.minerals;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.replenish.reference.ReferenceData;
import org.replenish.units.AmountUnit;

/** GET /v1/minerals: atomic weights, valences and accepted units. */
@Path("/v1/minerals")
@Tag(name = "Reference")
@NonBlocking
public class MineralsResource {

    private final MineralsResponse response;

    public MineralsResource(ReferenceData data) {
        // The answer depends only on the reference data, which is fixed for the life of the process.
        List<MineralInfo> minerals = data.elements().values().stream()
                .map(e -> new MineralInfo(e.mineral(), e.symbol(), e.atomicWeight(), e.valence(),
                        Arrays.stream(AmountUnit.values()).filter(u -> u != AmountUnit.MEQ || e.hasMilliequivalents())
                                .toList(),
                        e.sourceId(), e.tag(), e.hasIntakeReference(), e.note(), e.noteSourceId(), e.noteTag()))
                .toList();
        this.response = new MineralsResponse(minerals, data.version());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listMinerals", summary = "Minerals and their chemistry",
            description = "Lists each mineral's symbol, standard atomic weight, valence and the amount units the API accepts, "
                    + "and for phosphorus and bicarbonate what the service does with them: phosphorus has targets and "
                    + "mg/mmol conversions; bicarbonate has no intake reference and mg/mmol conversions only.")
    @APIResponse(responseCode = "200", description = "The minerals.")
    public MineralsResponse minerals() {
        return response;
    }
}
