package org.replenish.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.replenish.config.RequestIds;

/**
 * Completes every problem as it is answered, from JAX-RS and from the Vert.x routes alike: the type becomes an
 * absolute URI on the configured base (never the request's Host: RFC 9457 makes the type the identifier clients
 * compare, and a Host header would leak internal names into it), which resolves to the type's page where the
 * deployment serves this service, and the request id is added.
 */
@ApplicationScoped
public class ProblemAnswers {

    private final String baseUri;

    public ProblemAnswers(@ConfigProperty(name = "replenish.problems.base-uri") String baseUri) {
        this.baseUri = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }

    @ServerResponseFilter
    public void complete(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(answered(problem, request));
        } else if (response.getEntity() instanceof CarriesProblems carrier) {
            response.setEntity(carrier.withProblems(problem -> answered(problem, request)));
        }
    }

    Problem answered(Problem problem, HttpServerRequest request) {
        return problem.answered(baseUri, RequestIds.of(request));
    }
}
