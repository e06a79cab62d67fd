package org.replenish.config;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * gzips a calculation's answer here, with the thread's reused {@link GzipCoder}, when the request accepts gzip as the
 * HTTP layer would have negotiated it ({@link GzipNegotiation}); the HTTP layer's own compressor then leaves the
 * answer alone, since it has a Content-Encoding. Reference GETs are still compressed by the HTTP layer.
 */
public class GzipAnswerFilter {

    private final ObjectWriter writer;

    public GzipAnswerFilter(ObjectMapper mapper) {
        this.writer = mapper.writer();
    }

    /** After MinimalAnswerFilter, which may already have written the answer out (a lower priority runs later). */
    @ServerResponseFilter(priority = Priorities.USER - 200)
    public void gzip(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!MinimalAnswerFilter.calculationAnswer(request, response)
                || !GzipNegotiation.gzipped(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            return;
        }
        Object entity = response.getEntity();
        byte[] gzip;
        if (entity instanceof byte[] written) { // MinimalAnswerFilter wrote it out
            gzip = GzipCoder.gzip(written);
        } else {
            // Into the thread's reused buffer rather than a new array per answer (JFR: a third more heap per request).
            AnswerBuffer json = AnswerBuffer.PER_THREAD.get();
            json.reset();
            try {
                writer.writeValue(json, entity);
                gzip = GzipCoder.gzip(json.bytes(), json.size());
            } finally {
                json.shrink();
            }
        }
        response.setEntity(gzip, null, response.getMediaType());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
}
