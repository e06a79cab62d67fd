package org.replenish;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the HTTP tests. Every response a test receives is checked against the stored OpenAPI document, so a field
 * the service sends but the document lacks, or a wrong type, fails the test. Requests are not checked: the
 * negative tests send invalid ones on purpose. REST Assured also reads JSON numbers as doubles, to keep the
 * precision the service sends. Set from the test class because Quarkus runs it in its own class loader.
 */
public abstract class HttpTest {

    static final String STORED_DOCUMENT = "openapi/openapi.yaml";

    private static final OpenApiValidationFilter RESPONSES_MATCH_THE_DOCUMENT =
            new OpenApiValidationFilter(responseValidator(STORED_DOCUMENT));

    /** Validates responses only, and rejects a response field the document does not declare. */
    public static OpenApiInteractionValidator responseValidator(String specification) {
        return OpenApiInteractionValidator.createForSpecificationUrl(specification)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    /** POSTs a JSON body to a path; the one request helper of the HTTP tests. */
    protected static ValidatableResponse post(String path, String body) {
        return RestAssured.given().contentType("application/json").body(body).when().post(path).then();
    }

    @BeforeAll
    static void configureRestAssured() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        RestAssured.replaceFiltersWith(RESPONSES_MATCH_THE_DOCUMENT);
    }
}
