package org.replenish.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.replenish.HttpTest;
import org.replenish.http.RawHttp;

/**
 * Judges one response: no 5xx (but the batch limit's 503); an error is a clean RFC 9457 problem with nothing internal in it; every response
 * matches the stored document (swagger-request-validator, undeclared fields and statuses rejected), so a number
 * written as the string "Infinity" fails its schema; no number token in it is NaN or infinite; every response says
 * nosniff.
 */
final class ResponseOracle {

    /** Text that would betray internals: class and package names, stack frames. */
    private static final List<String> INTERNALS = List.of("Exception", "org.replenish", "\tat ", "java.", "jakarta.",
            "com.fasterxml", "io.vertx", "io.quarkus", "org.jboss", "Caused by");

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenApiInteractionValidator validator = HttpTest.responseValidator(Contract.DOCUMENT);

    /** Empty when the response is acceptable, else what is wrong with it. */
    Optional<String> judge(Request.Method method, String path, RawHttp.Response response) {
        int status = response.status();
        if (status >= 500 && !isBatchLimit(response)) {
            return Optional.of("status " + status);
        }
        if (!"nosniff".equals(response.header("x-content-type-options"))) {
            return Optional.of("no X-Content-Type-Options: nosniff");
        }
        String body = response.bodyText();
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException e) {
            return Optional.of("body is not JSON (non-finite token?): " + e.getMessage());
        }
        Optional<String> nonFinite = findNonFinite(tree, "$");
        if (nonFinite.isPresent()) {
            return nonFinite;
        }
        // A batch answers 200 with a problem per failed item: an item's 5xx is the service's fault all the same.
        for (JsonNode item : tree.path("items")) {
            if (item.path("status").asInt() >= 500) {
                return Optional.of("batch item " + item.path("index").asInt() + " answered status "
                        + item.path("status").asInt());
            }
        }
        if (status != 200) {
            Optional<String> problem = checkProblem(status, response, tree, body);
            if (problem.isPresent()) {
                return problem;
            }
        }
        String contentType = response.header("content-type");
        ValidationReport report = validator.validateResponse(path, method, SimpleResponse.Builder.status(status)
                .withContentType(contentType).withBody(body).build());
        return report.hasErrors() ? Optional.of("does not match the stored document: " + report.getMessages())
                : Optional.empty();
    }

    /**
     * The 503 of the limit on batches in flight is an answer, not a fault: workers sending more batches at once than
     * replenish.batch.max-in-flight get it. It is still judged as a problem and against the document below.
     */
    private static boolean isBatchLimit(RawHttp.Response response) {
        return response.status() == 503 && response.bodyText().contains("/problems/too-many-batches\"");
    }

    private static Optional<String> checkProblem(int status, RawHttp.Response response, JsonNode tree, String body) {
        String contentType = String.valueOf(response.header("content-type"));
        if (!contentType.startsWith("application/problem+json")) {
            return Optional.of("error " + status + " with content type " + contentType);
        }
        if (!tree.path("type").isTextual() || !tree.path("title").isTextual() || !tree.path("detail").isTextual()
                || !tree.path("instance").isTextual() || tree.path("status").asInt() != status
                || !tree.path("violations").isArray()) {
            return Optional.of("error " + status + " is not a complete problem: " + body);
        }
        for (String internal : INTERNALS) {
            if (body.contains(internal)) {
                return Optional.of("problem reveals internals (" + internal + "): " + body);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> findNonFinite(JsonNode node, String path) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            return Optional.of("non-finite number at " + path);
        }
        if (node.isContainerNode()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                Optional<String> found = findNonFinite(field.getValue(), path + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                Optional<String> found = findNonFinite(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
