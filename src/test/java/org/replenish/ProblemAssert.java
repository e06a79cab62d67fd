package org.replenish;

import static org.replenish.ProblemAssert.problemType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;
import org.hamcrest.Matcher;

/** Checks an RFC 9457 body: media type, status, type, title, instance, and that nothing internal leaked. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String instance) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("requestId", notNullValue())
                .header("X-Request-Id", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo(instance))
                .body(allOf(not(containsString("Exception")), not(containsString("org.replenish")),
                        not(containsString("\tat "))));
    }

    /**
     * The absolute type URI of a problem type on the configured base (replenish.problems.base-uri: the test profile's
     * in @QuarkusTest, the packaged default in the integration tests; HttpLayerErrorsTest holds the exact base).
     */
    public static Matcher<String> problemType(String slug) {
        return matchesPattern("http://localhost:808[01]/problems/" + java.util.regex.Pattern.quote(slug));
    }

    /** A 400 whose violations include this field with a message containing the given text. */
    public static ValidatableResponse assertViolation(ValidatableResponse response, String instance, String field,
                                                      String messagePart) {
        return assertProblem(response, 400, instance)
                .body("type", problemType("validation"))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", containsString(messagePart));
    }
}
