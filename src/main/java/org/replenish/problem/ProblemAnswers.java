package org.replenish.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.replenish.config.RequestIds;

/**
 * Completes every problem as it is answered, from JAX-RS and from the Vert.x routes alike: the type becomes an
 * absolute URI that resolves to the type's page on this service, and the request id is added.
 */
@ApplicationScoped
public class ProblemAnswers {

    /** A host name or address with an optional port; anything else in a Host header is not echoed into a URI. */
    private static final Pattern AUTHORITY = Pattern.compile("[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}](:[0-9]{1,5})?");

    private final Optional<String> baseUri;

    public ProblemAnswers(@ConfigProperty(name = "replenish.problems.base-uri") Optional<String> baseUri) {
        this.baseUri = baseUri.map(uri -> uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
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
        return problem.answered(baseUri(request), RequestIds.of(request));
    }

    /** The configured base URI, else the scheme and authority the request was sent to; null when it names none. */
    private String baseUri(HttpServerRequest request) {
        if (baseUri.isPresent()) {
            return baseUri.get();
        }
        String authority = request.authority() == null ? null : request.authority().toString();
        return authority != null && AUTHORITY.matcher(authority).matches() ? request.scheme() + "://" + authority : null;
    }
}
