package org.replenish.potassium;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP tests of PotassiumResourceTest against the packaged jar, so the jar that ships is the one tested. */
@QuarkusIntegrationTest
class PotassiumResourceIT extends PotassiumResourceTest {
}
