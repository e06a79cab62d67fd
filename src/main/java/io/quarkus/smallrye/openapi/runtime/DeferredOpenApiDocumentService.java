package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares the served OpenAPI document (/q/openapi) on its first request instead of at start-up.
 *
 * <p>Quarkus 3.33 prepares it while starting, unconditionally: it parses the build-time document (341 KB) through its
 * YAML reader and writes it out again as JSON and YAML, about 30 % of the time to ready measured here
 * (docs/benchmarks.md, start-up). This service keeps the extension's own preparation, unchanged, and only runs it when the
 * document is first asked for, so the served bytes stay exactly what they were. The same change is upstream
 * (quarkusio/quarkus pull request 55538: lazy when no RUNTIME_STARTUP filter exists, which is the case here); drop
 * this class once the project's Quarkus has it.
 *
 * <p>It lives in the extension's package because the method it defers is package-private, and it exists only in the
 * packaged service (build profile prod), where one class loader loads the application and the extension, so the
 * override counts. Dev and test mode load the two with different class loaders (the override would not count and the
 * inherited injection fails with IllegalAccessError), so they keep the extension's own eager service;
 * OpenApiDocumentIT checks the packaged service serves the stored document byte for byte.
 */
@IfBuildProfile("prod")
@Alternative
@Unremovable
@Priority(1)
@Singleton
public class DeferredOpenApiDocumentService extends OpenApiDocumentService {

    /** Per document name, the extension's preparation not yet run; guarded by this. */
    private final Map<String, Runnable> pending = new HashMap<>();
    /** Set once the pending preparations ran; a request that sees it reads the prepared documents. */
    private volatile boolean prepared;

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filters, String documentName) {
        pending.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
        prepared = false;
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!prepared) {
            prepare();
        }
        return super.getDocument(documentName, format);
    }

    private synchronized void prepare() {
        pending.values().forEach(Runnable::run);
        pending.clear();
        prepared = true;
    }
}
