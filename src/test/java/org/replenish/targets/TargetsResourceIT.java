package org.replenish.targets;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The HTTP tests of TargetsResourceTest against the packaged jar, so the jar that ships is the one tested. */
@QuarkusIntegrationTest
class TargetsResourceIT extends TargetsResourceTest {
}
