package org.replenish.sources;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.replenish.reference.ReferenceData;

/** GET /v1/sources and /v1/sources/{id}: the citations behind every sourceId. */
@Path("/v1/sources")
@Tag(name = "Reference")
@NonBlocking
public class SourcesResource {

    private final SourcesResponse all;
    private final Map<String, SourceResponse> byId;

    public SourcesResource(ReferenceData data) {
        // The answers depend only on the reference data, which is fixed for the life of the process.
        this.all = new SourcesResponse(data.sources().values().stream()
                .map(source -> SourceInfo.of(source, data.citation(source.id())))
                .sorted(Comparator.comparing(SourceInfo::id)).toList(), data.version());
        this.byId = all.sources().stream().collect(Collectors.toUnmodifiableMap(SourceInfo::id,
                source -> new SourceResponse(source, data.version()), (a, b) -> a));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSources", summary = "Every source the reference values cite",
            description = "Lists each source with its id (the sourceId that targets, limits, statuses, flags and other "
                    + "numbers carry), authors or issuing body, title, full citation, year, the table or page used, and "
                    + "a link where one exists.")
    @APIResponse(responseCode = "200", description = "The sources.")
    public SourcesResponse sources() {
        return all;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSource", summary = "One source by its id",
            description = "The source a sourceId names. An unknown id is a 404 problem.")
    @APIResponse(responseCode = "200", description = "The source.")
    public SourceResponse source(
            @Parameter(description = "The source id, as a sourceId in any answer gives it.", example = "NASEM2019")
            @RestPath String id) {
        SourceResponse source = byId.get(id);
        if (source == null) {
            throw new NotFoundException("No source " + id);
        }
        return source;
    }
}
