package org.replenish.caching;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.replenish.config.ReferenceGets;

/**
 * A 304 has no body, so it carries no Content-Encoding (issue 28 item 3): the HTTP layer's compression marks every
 * answer it leaves uncompressed "identity", which on a 304 would read as the coding of the cached representation.
 */
@ApplicationScoped
public class NotModifiedHeaders {

    /** Before every other route, so its end handler sees the headers last whoever answers. */
    static final int ORDER = -1000;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(NotModifiedHeaders::dropCoding);
    }

    private static void dropCoding(RoutingContext context) {
        // Only the reference GETs answer 304: every other request goes on without a handler of its own.
        if (!ReferenceGets.includes(context.request().method().name(), context.request().path())) {
            context.next();
            return;
        }
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 304) {
                context.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
            }
        });
        context.next();
    }
}
