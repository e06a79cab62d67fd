package org.replenish.config;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Adds X-Content-Type-Options: nosniff to every routed response (the API, problems, /q/*), so no browser ever
 * guesses a type other than the one declared. The routes that answer limit problems run after it.
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String NOSNIFF_NAME = "X-Content-Type-Options";
    public static final String NOSNIFF_VALUE = "nosniff";

    /** Before every route of the service that may answer a request. */
    static final int ORDER = -100;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(SecurityHeaders::addOnEveryResponse);
    }

    private static void addOnEveryResponse(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> context.response().headers().set(NOSNIFF_NAME, NOSNIFF_VALUE));
        context.next();
    }
}
