package org.replenish.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.replenish.problem.Problem;

/**
 * The worked examples of each operation, kept as JSON files under openapi-examples/ named by operationId
 * ({@code <operationId>.request.json}, {@code <operationId>.response.json}). OpenApiExamplesTest sends every request
 * example and checks the answer is the response example, so the document's examples stay true.
 */
final class OperationExamples {

    static final String FOLDER = "openapi-examples/";
    private static final String JSON = "application/json";

    private final ObjectMapper mapper = new ObjectMapper();

    void attachTo(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values()
                .forEach(item -> item.getOperations().values().forEach(operation -> attach(openAPI, operation)));
    }

    private void attach(OpenAPI openAPI, Operation operation) {
        String id = operation.getOperationId();
        if (id == null) {
            return;
        }
        Object request = read(id + ".request.json");
        if (request != null && operation.getRequestBody() != null) {
            // On the request schema rather than the media type: Java generators warn about (and drop) object
            // examples on a request body, but read them from the schema.
            MediaType body = operation.getRequestBody().getContent().getMediaType(JSON);
            String ref = body == null || body.getSchema() == null ? null : body.getSchema().getRef();
            if (ref != null) {
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                openAPI.getComponents().getSchemas().get(name).setExample(request);
            }
        }
        Object response = read(id + ".response.json");
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (response != null && ok != null && ok.getContent() != null && ok.getContent().getMediaType(JSON) != null) {
            ok.getContent().getMediaType(JSON).setExample(response);
        }
    }

    /**
     * The problem examples of each operation, after the problem responses are declared: {@code
     * <operationId>.<status>.response.json} for a 400 with violations, a 404, a 413 and a batch's 503, written by
     * scripts/regenerate-examples.sh from the service's own answers and checked by OpenApiExamplesTest.
     */
    void attachProblemsTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    Object example = operation.getOperationId() == null ? null
                            : read(operation.getOperationId() + "." + status + ".response.json");
                    if (example != null && response.getContent() != null
                            && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null) {
                        response.getContent().getMediaType(Problem.MEDIA_TYPE).setExample(example);
                    }
                })));
    }

    private Object read(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : OperationExamples.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(FOLDER + file)) {
            return in == null ? null : mapper.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI example " + FOLDER + file, e);
        }
    }
}
