package org.replenish.contract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The document checks of OpenApiDocumentTest against the packaged jar: only there is the document prepared on its
 * first request (DeferredOpenApiDocumentService), and the deferred preparation must serve the same bytes.
 */
@QuarkusIntegrationTest
class OpenApiDocumentIT extends OpenApiDocumentTest {
}
