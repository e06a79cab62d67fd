package org.replenish.deficit;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP tests of DeficitResourceTest against the packaged jar, so the jar that ships is the one tested. */
@QuarkusIntegrationTest
class DeficitResourceIT extends DeficitResourceTest {
}
