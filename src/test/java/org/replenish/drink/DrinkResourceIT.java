package org.replenish.drink;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP tests of DrinkResourceTest against the packaged jar, so the jar that ships is the one tested. */
@QuarkusIntegrationTest
class DrinkResourceIT extends DrinkResourceTest {
}
