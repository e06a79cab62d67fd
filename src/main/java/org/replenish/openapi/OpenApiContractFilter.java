package org.replenish.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.replenish.config.OutputPrecision;
import org.replenish.config.ReferenceGets;
import org.replenish.problem.BodyLimitHandler;
import org.replenish.problem.Problem;

/**
 * Shapes the generated document for client generators, in one place rather than on every resource method:
 * <ul>
 * <li>declares the problem responses every operation can give: 400, 406, 414, 431 and 500 everywhere, 408, 413 and 415 for
 * operations that take a body, and 503 with Retry-After for the batch operations (the limit on batches in flight);</li>
 * <li>keeps the description of a property that references a schema by wrapping the {@code $ref} in a single-element
 * {@code allOf} (OpenAPI 3.0 drops siblings of a {@code $ref}); type and default beside it are dropped, the
 * description states the default;</li>
 * <li>names the item schema of each batch operation ({@link BatchSchemas});</li>
 * <li>attaches each operation's worked example from {@code openapi-examples/};</li>
 * <li>lists the known values of the open code sets ({@link CodeLists});</li>
 * <li>declares every HTTP header, request and response ({@link HttpHeadersDoc}): the request id, the contract
 * version, the language of localised answers, the caching of the reference GETs (ETag, Cache-Control, 304), and a 404
 * problem for operations with a path parameter.</li>
 * </ul>
 * It runs once, at build time: the served document is the stored one, so start-up neither runs it again nor reads
 * the example files.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContractFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> ANY_OPERATION = Map.of(
            "400", "The input is not valid; violations name each bad field or parameter.",
            "406", "The Accept header excludes application/json.",
            "414", "The request line is longer than the configured limit (4096 bytes by default).",
            "431", "The request headers are larger than the configured limit (20 KiB by default).",
            "500", "Unexpected failure; the detail says nothing internal.");

    private static final Map<String, String> WITH_BODY = Map.of(
            "408", "The request body did not arrive within the body deadline (15 s by default, "
                    + "replenish.http.body-deadline); the connection is closed.",
            "413", "The request body is larger than the configured limit (64 KiB by default; 512 KiB for a batch).",
            "415", "The request body is not application/json.");

    private static final Map<String, String> BATCH = Map.of(
            "503", "As many batch requests are in flight as the service allows (replenish.batch.max-in-flight, 2 by "
                    + "default); this one was refused before its body was read. Send it again after the seconds "
                    + "Retry-After names. Single operations are not limited.");

    private static final String NOT_FOUND = "No resource with this id; the problem names the path.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        BatchSchemas.nameItems(openAPI.getComponents());
        OperationExamples examples = new OperationExamples();
        examples.attachTo(openAPI);
        CodeLists.attachTo(openAPI);
        RenderedProperties.markOptional(openAPI.getComponents());
        statePrecisions(openAPI);
        HttpHeadersDoc headers = new HttpHeadersDoc();
        headers.declare(openAPI.getComponents());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            addProblems(operation, ANY_OPERATION);
            if (operation.getRequestBody() != null) {
                addProblems(operation, WITH_BODY);
            }
            if (method == PathItem.HttpMethod.POST && path.endsWith(BodyLimitHandler.BATCH_SUFFIX)) {
                addProblems(operation, BATCH);
                headers.retryAfter(operation.getResponses().getAPIResponse("503"));
            }
            if (path.contains("{")) {
                addProblems(operation, Map.of("404", NOT_FOUND));
            }
            boolean localised = method == PathItem.HttpMethod.POST || ReferenceGets.localised(path);
            if (localised) {
                headers.localised(operation, method == PathItem.HttpMethod.POST);
            }
            if (ReferenceGets.includes(method.name(), path)) {
                headers.cached(operation, localised);
            }
            headers.onEveryOperation(operation);
        }));
        examples.attachProblemsTo(openAPI);
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
            schema.setDefaultValue(null);
            if (schema.getDescription() != null) {
                // OpenAPI 3.0 ignores siblings of a $ref: the property's own description (its default, when it is
                // ignored) survives only beside an allOf holding the single $ref.
                String ref = schema.getRef();
                schema.setRef(null);
                schema.setAllOf(List.of(OASFactory.createSchema().ref(ref)));
            }
        }
        return schema;
    }

    /** Appends each answer number's precision (OutputPrecision) to its description. */
    private static void statePrecisions(OpenAPI openAPI) {
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, value) -> OutputPrecision.of(name, property).ifPresent(rule ->
                        value.setDescription(value.getDescription() + " Rounded to " + rule.describe() + ".")));
            }
        });
    }

    private static void addProblems(Operation operation, Map<String, String> responses) {
        APIResponses declared = operation.getResponses();
        // Replaces what SmallRye adds on its own (a bare "400 Bad Request" for validated bodies).
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> declared.addAPIResponse(entry.getKey(), problemResponse(entry.getValue())));
    }

    private static APIResponse problemResponse(String description) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
