package org.replenish.problem;

import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Answers a failure of the Vert.x router itself (a request without a Host header, a path that does not start with
 * "/", a failed route) with a problem, where Quarkus would send its own error JSON. JAX-RS failures never get here:
 * the exception mappers answer them.
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    /** First of all failure handlers. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    private final RoutedProblems problems;

    public RouterFailures(RoutedProblems problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).failureHandler(this::answer);
    }

    /**
     * Whether the failure ended the connection: Netty's HTTP codec threw it (only a malformed request can cause that,
     * and Vert.x then fails the connection) or the connection closed under the request.
     */
    static boolean connectionGone(Throwable failure) {
        if (failure instanceof HttpClosedException) {
            return true;
        }
        StackTraceElement[] frames = failure == null ? new StackTraceElement[0] : failure.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("io.netty.handler.codec.http.");
    }

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            problems.send(context, status, status == 400 ? "The request is not valid HTTP."
                    : ProblemExceptionMappers.detailFor(status, context.request()));
        } else if (connectionGone(context.failure())) {
            // A body the HTTP codec could not decode (a bad chunk size) or a client that went away: the client's doing,
            // not the service's, and the connection is already failed, so there is no one left to answer
            // (docs/reliability.md, "Codec-level faults").
            LOG.debugf("Connection of %s %s ended: %s", context.request().method(), context.request().path(),
                    context.failure());
        } else {
            LOG.errorf(context.failure(), "Unexpected router failure answering %s %s", context.request().method(),
                    context.request().path());
            problems.send(context, 500, Problems.INTERNAL_DETAIL);
        }
    }
}
