package org.replenish.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The operations to fuzz, read from the stored document: POSTs with their body schema, GETs with their parameters. */
final class Contract {

    static final String DOCUMENT = "openapi/openapi.yaml";

    record PostOperation(String path, String operationId, Schema<?> body) {
    }

    record GetOperation(String path, List<Parameter> parameters) {
    }

    private final OpenAPI api;

    Contract() {
        api = new OpenAPIV3Parser().read(DOCUMENT);
    }

    List<PostOperation> posts() {
        List<PostOperation> posts = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post != null) {
                Schema<?> body = post.getRequestBody().getContent().get("application/json").getSchema();
                posts.add(new PostOperation(path, post.getOperationId(), resolve(body)));
            }
        });
        return posts;
    }

    List<GetOperation> gets() {
        List<GetOperation> gets = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            if (item.getGet() != null) {
                List<Parameter> parameters = item.getGet().getParameters() == null ? List.of()
                        : item.getGet().getParameters();
                // A path parameter takes its documented example, so the request reaches the resource (a literal
                // {name} is refused by the HTTP codec); only the query is fuzzed.
                String concrete = path;
                for (Parameter parameter : parameters) {
                    if ("path".equals(parameter.getIn())) {
                        concrete = concrete.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
                    }
                }
                gets.add(new GetOperation(concrete, parameters.stream().filter(p -> !"path".equals(p.getIn())).toList()));
            }
        });
        return gets;
    }

    /** Follows a $ref (also one wrapped in a single-element allOf) to the component schema. */
    Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        while (true) {
            if (current.get$ref() != null) {
                String name = current.get$ref().substring(current.get$ref().lastIndexOf('/') + 1);
                current = components().get(name);
            } else if (current.getAllOf() != null && current.getAllOf().size() == 1) {
                current = current.getAllOf().get(0);
            } else {
                return current;
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private Map<String, Schema> components() {
        return api.getComponents().getSchemas();
    }
}
