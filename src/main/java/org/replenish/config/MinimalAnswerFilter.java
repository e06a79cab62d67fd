package org.replenish.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers a calculation (a POST under /v1) without its rendered texts and second units when the request asked
 * Prefer: return=minimal (RFC 7240), and says so with Preference-Applied; every calculation's answer varies on
 * Prefer. The answer is written here, once, with the minimal attribute of {@link MinimalAnswers}.
 */
public class MinimalAnswerFilter {

    public static final String PREFER = "Prefer";
    public static final String PREFERENCE_APPLIED = "Preference-Applied";
    /** The Vary of a calculation's answer: its coding, its language and its length. */
    public static final String VARY = HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE + ", " + PREFER;

    private final ObjectWriter minimal;

    public MinimalAnswerFilter(ObjectMapper mapper) {
        this.minimal = mapper.writer().withAttribute(MinimalAnswers.ATTRIBUTE, Boolean.TRUE);
    }

    /** Whether this is a calculation's answer (a POST under /v1 answered 200), not a problem or a reference GET. */
    static boolean calculationAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        return "POST".equals(request.getMethod()) && response.getStatus() == 200 && response.getEntity() != null
                && request.getUriInfo().getPath().startsWith("/v1/");
    }

    /**
     * Response filters run in descending priority: this one runs after ProblemAnswers (Priorities.USER) has completed
     * the problems of a batch's items, since it writes the answer out.
     */
    @ServerResponseFilter(priority = Priorities.USER - 100)
    public void minimal(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!calculationAnswer(request, response)) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (MinimalAnswers.asked(request.getHeaderString(PREFER))) {
            response.setEntity(minimal.writeValueAsBytes(response.getEntity()), null, response.getMediaType());
            response.getHeaders().putSingle(PREFERENCE_APPLIED, MinimalAnswers.PREFERENCE);
        }
    }
}
