package org.replenish.problem;

import static org.replenish.ProblemAssert.problemType;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.replenish.ProblemAssert.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import org.replenish.HttpTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HttpErrorsTest extends HttpTest {

    @Test
    void unknownPathIs404Problem() {
        assertProblem(given().when().get("/v1/nothing-here").then(), 404, "/v1/nothing-here")
                .body("type", problemType("not-found"))
                .body("violations", empty());
    }

    @Test
    void unknownPathOutsideTheApiIs404Problem() {
        assertProblem(given().when().get("/elsewhere").then(), 404, "/elsewhere");
    }

    @Test
    void wrongMethodIs405Problem() {
        assertProblem(given().when().delete("/v1/minerals").then(), 405, "/v1/minerals")
                .body("type", problemType("method-not-allowed"))
                .body("detail", containsString("DELETE"));
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        assertProblem(given().accept("text/csv").when().get("/v1/minerals").then(), 406, "/v1/minerals")
                .body("type", problemType("not-acceptable"));
    }

    @Test
    void unexpectedFailureIsGeneric500() {
        assertProblem(given().when().get("/test-only/failure").then(), 500, "/test-only/failure")
                .body("type", problemType("internal"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalState")));
    }

    @Test
    void nonFiniteNumberInAResponseIsA500NotAValue() {
        assertProblem(given().when().get("/test-only/non-finite").then(), 500, "/test-only/non-finite")
                .body("type", problemType("internal"))
                .body(not(containsString("Infinity")));
    }
}
