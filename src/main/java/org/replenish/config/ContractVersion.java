package org.replenish.config;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Names the contract version on every answer (issue 28 item 4): paths stay under /v1, which apps have pinned, so the
 * version a client talks to travels in this header. It is the document's info.version and the jar's version.
 */
@ApplicationScoped
public class ContractVersion {

    public static final String HEADER = "Api-Version";

    /** Before every other route, so the answers given early (draining, limit problems) carry it too. */
    static final int ORDER = SecurityHeaders.ORDER - 1;

    private final String version;

    public ContractVersion(@ConfigProperty(name = "quarkus.application.version") String version) {
        this.version = version;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::addOnEveryResponse);
    }

    private void addOnEveryResponse(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, version));
        context.next();
    }
}
