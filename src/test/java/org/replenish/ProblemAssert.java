package org.replenish;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.ValidatableResponse;

/** Checks an RFC 9457 body: media type, status, type, title, instance, and that nothing internal leaked. */
public final class ProblemAssert {

    private ProblemAssert() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String instance) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo(instance))
                .body(allOf(not(containsString("Exception")), not(containsString("org.replenish")),
                        not(containsString("\tat "))));
    }

    /** A 400 whose violations include this field with a message containing the given text. */
    public static ValidatableResponse assertViolation(ValidatableResponse response, String instance, String field,
                                                      String messagePart) {
        return assertProblem(response, 400, instance)
                .body("type", equalTo("/problems/validation"))
                .body("violations.field", hasItem(field))
                .body("violations.find { it.field == '" + field + "' }.message", containsString(messagePart));
    }
}
