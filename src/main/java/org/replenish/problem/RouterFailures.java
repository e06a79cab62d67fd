package org.replenish.problem;

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

    private void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            problems.send(context, status, status == 400 ? "The request is not valid HTTP."
                    : ProblemExceptionMappers.detailFor(status, context.request()));
        } else {
            LOG.errorf(context.failure(), "Unexpected router failure answering %s %s", context.request().method(),
                    context.request().path());
            problems.send(context, 500, Problems.INTERNAL_DETAIL);
        }
    }
}
