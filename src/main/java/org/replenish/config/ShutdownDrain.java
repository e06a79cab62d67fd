package org.replenish.config;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Drains keep-alive connections on SIGTERM. Quarkus reports not ready at once and keeps serving for
 * quarkus.shutdown.delay; from that moment every response here says Connection: close, so each client (or proxy
 * pool) finishes its request and opens its next connection elsewhere, instead of having an idle connection cut under
 * a request it is sending. Quarkus then waits up to quarkus.shutdown.timeout for requests still in flight.
 */
@ApplicationScoped
public class ShutdownDrain {

    /** Right after the security headers, before anything may answer. */
    static final int ORDER = SecurityHeaders.ORDER + 1;

    private volatile boolean draining;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::closeWhenDraining);
    }

    void startDraining(@Observes ShutdownDelayInitiatedEvent event) {
        draining = true;
    }

    private void closeWhenDraining(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            if (draining) {
                context.response().headers().set(HttpHeaders.CONNECTION, "close");
            }
        });
        context.next();
    }
}
