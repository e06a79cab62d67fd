package org.replenish.problem;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.replenish.config.HttpLimits;

/**
 * Gives every request body a deadline (issue 32): a body still arriving replenish.http.body-deadline after the
 * request head was routed is answered with a 408 problem and its connection closed, which also ends whatever the
 * request held (a batch slot is released when its connection ends). Without it a client that promises a body and
 * sends a byte now and then holds a batch slot for as long as it likes: two such clients denied every batch of a pod.
 */
@ApplicationScoped
public class BodyDeadline {

    /** Right after the batch admission (-50), before the body limits (-5 to -3) start reading anything. */
    static final int ORDER = -40;

    private final Vertx vertx;
    private final RoutedProblems problems;
    private final long deadlineMillis;

    public BodyDeadline(Vertx vertx, RoutedProblems problems, HttpLimits limits) {
        this.vertx = vertx;
        this.problems = problems;
        this.deadlineMillis = limits.bodyDeadline().toMillis();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::watch);
    }

    private void watch(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!request.isEnded() && hasBody(request)) {
            long timer = vertx.setTimer(deadlineMillis, fired -> {
                if (!request.isEnded() && !context.response().ended()) {
                    // Vert.x keeps a connection open until the request has ended, whatever Connection says: the
                    // body never ends here, so the connection is closed once the answer is out. An end handler of
                    // the routing context, after the ones before it (a batch's slot is released by one of them).
                    context.addEndHandler(ended -> request.connection().close());
                    problems.send(context, ProblemType.REQUEST_TIMEOUT, "The request body did not arrive within "
                            + deadlineMillis / 1000.0 + " s; the connection is closed.");
                }
            });
            context.addEndHandler(ended -> vertx.cancelTimer(timer));
        }
        context.next();
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0")) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
