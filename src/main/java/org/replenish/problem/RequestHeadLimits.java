package org.replenish.problem;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.replenish.config.HttpLimits;

/** Answers a request line over the limit with a 414 problem and a header section over it with a 431 problem. */
@ApplicationScoped
public class RequestHeadLimits {

    /** Before the body is looked at. */
    static final int ORDER = BodyLimitHandler.ORDER - 1;

    /** Bytes around a header line: ": " and CRLF. */
    private static final int HEADER_SEPARATORS = 4;
    /** Bytes of a request line besides method and URI: two spaces and the version. */
    private static final int REQUEST_LINE_OVERHEAD = 2 + "HTTP/1.1".length();

    private final RoutedProblems problems;
    private final int maxRequestLine;
    private final long maxHeaderBytes;

    public RequestHeadLimits(RoutedProblems problems, HttpLimits limits) {
        this.problems = problems;
        this.maxRequestLine = limits.maxRequestLineLength();
        this.maxHeaderBytes = limits.maxHeaderSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineLength(request) > maxRequestLine) {
            problems.send(context, 414, "The request line is longer than the " + maxRequestLine
                    + " bytes the service accepts.");
        } else if (headerBytes(request) > maxHeaderBytes) {
            problems.send(context, 431, "The request headers are larger than the " + maxHeaderBytes
                    + " bytes the service accepts.");
        } else {
            context.next();
        }
    }

    private static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + request.uri().length() + REQUEST_LINE_OVERHEAD;
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + HEADER_SEPARATORS;
        }
        return bytes;
    }
}
