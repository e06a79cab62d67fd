package org.replenish.minerals;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP tests of MineralsResourceTest against the packaged jar, so the jar that ships is the one tested. */
@QuarkusIntegrationTest
class MineralsResourceIT extends MineralsResourceTest {
}
