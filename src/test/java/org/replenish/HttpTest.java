package org.replenish;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the HTTP tests: REST Assured reads JSON numbers as doubles, so assertions keep the precision the service
 * sends. Set from the test class itself because Quarkus runs it in its own class loader.
 */
public abstract class HttpTest {

    @BeforeAll
    static void readNumbersAsDoubles() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
