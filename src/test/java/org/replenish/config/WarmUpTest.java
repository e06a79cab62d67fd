package org.replenish.config;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 33 item 2: a new service sends every compute operation's worked example to itself before readiness turns
 * green, and each is answered 200 through the real path; readiness says UP only once the warm-up is over. The tests
 * otherwise start without it (replenish.warm-up.duration=0s).
 */
@QuarkusTest
@TestProfile(WarmUpTest.WithWarmUp.class)
class WarmUpTest {

    public static class WithWarmUp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("replenish.warm-up.duration", "1s");
        }
    }

    @Inject
    WarmUp warmUp;

    @Test
    void everyComputeOperationIsAnsweredBeforeTheServiceIsReady() throws InterruptedException {
        long giveUp = System.nanoTime() + 30_000_000_000L; // only keeps a broken build from hanging
        while (given().when().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < giveUp, "never ready");
            assertTrue(!warmUp.over() || given().when().get("/q/health/ready").statusCode() == 200,
                    "readiness follows the warm-up");
            Thread.sleep(20);
        }
        assertTrue(warmUp.over(), "ready only once the warm-up is over");

        Set<String> answered = new TreeSet<>();
        warmUp.answered().forEach((pathAndStatus, count) -> {
            assertTrue(pathAndStatus.endsWith(" 200"), pathAndStatus + " answered " + count + " times");
            answered.add(pathAndStatus);
        });
        assertEquals(Set.of("/v1/deficit-estimates 200", "/v1/drink-adequacy-checks 200",
                "/v1/potassium/capsule-comparisons 200", "/v1/session-plans 200"), answered);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
