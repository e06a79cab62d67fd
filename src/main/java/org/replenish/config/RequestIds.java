package org.replenish.config;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every answer a request id, to quote in a support ticket and to find in logs: the client's X-Request-Id when it
 * is a sane token, else a new UUID. The id is written back into the request's header, so everything later (the problem
 * body's requestId included) reads one value, and echoed on the response.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Up to 128 characters a log line and a header can carry safely: letters, digits and . _ : - */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** Right after the security headers, before anything may answer. */
    static final int ORDER = SecurityHeaders.ORDER + 2;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(RequestIds::assign);
    }

    private static void assign(RoutingContext context) {
        String id = of(context.request());
        context.addHeadersEndHandler(ignored -> context.response().headers().set(HEADER, id));
        context.next();
    }

    /** The request's id: the one assigned on arrival, or, for a request answered before that, a new one. */
    public static String of(HttpServerRequest request) {
        String sent = request.getHeader(HEADER);
        if (sent != null && SANE.matcher(sent).matches()) {
            return sent;
        }
        String generated = UUID.randomUUID().toString();
        request.headers().set(HEADER, generated);
        return generated;
    }
}
