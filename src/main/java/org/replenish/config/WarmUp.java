package org.replenish.config;

import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Warms a new pod before it joins the Service (issue 33): once the HTTP server listens, it sends each compute
 * operation's worked example (the stored OpenAPI examples) to the service itself over loopback HTTP, plain and
 * gzip-coded, English and German, for {@code replenish.warm-up.duration} and at least once each; readiness
 * ({@link WarmUpReadiness}) turns green only when it is over. The requests take the real path (codec, routing, validation, calculator, Jackson,
 * compression), so the JIT compiles what the first clients will run; a JVM that has just started runs it several times
 * slower. The requests count in the HTTP metrics and carry the request id {@value #REQUEST_ID}. A failed call ends
 * the warm-up early rather than keeping the pod unready.
 */
@ApplicationScoped
public class WarmUp {

    static final String REQUEST_ID = "warm-up";

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    /** Each operation a client calls most, with its worked example. */
    private static final List<Call> CALLS = List.of(
            new Call("/v1/deficit-estimates", "estimateDeficit"),
            new Call("/v1/drink-adequacy-checks", "checkDrinkAdequacy"),
            new Call("/v1/potassium/capsule-comparisons", "compareWithCapsuleLimit"),
            new Call("/v1/session-plans", "planSession"));

    /** As many requests in flight as the service has event loops in a pod (two), so both loops are warmed. */
    private static final int CONNECTIONS = 2;

    /** Plain, gzip, German, German gzip: each operation in each. */
    private static final int VARIANTS = 4;
    private static final int EVERY_CALL_ONCE = VARIANTS * CALLS.size();

    /** However the calls go, the pod becomes ready at most this long after the planned end. */
    private static final long GIVE_UP_AFTER_MILLIS = 30_000;

    private final Duration duration;
    private final Map<String, LongAdder> answered = new ConcurrentHashMap<>();
    private volatile boolean over;

    WarmUp(@ConfigProperty(name = "replenish.warm-up.duration") Duration duration) {
        this.duration = duration;
        this.over = duration.isZero();
    }

    /** Whether the warm-up has ended (or there is none), so the pod may take traffic. */
    public boolean over() {
        return over;
    }

    /** Answers received per operation path and status, e.g. "/v1/deficit-estimates 200". */
    public Map<String, Long> answered() {
        Map<String, Long> counts = new TreeMap<>();
        answered.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    void start(@ObservesAsync HttpServerStart server, Vertx vertx) {
        if (over) {
            return;
        }
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1")
                .setDefaultPort(server.options().getPort()).setMaxPoolSize(CONNECTIONS).setKeepAlive(true));
        List<Buffer> bodies = CALLS.stream().map(call -> Buffer.buffer(example(call.example()))).toList();
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger running = new AtomicInteger(CONNECTIONS);
        for (int worker = 0; worker < CONNECTIONS; worker++) {
            send(client, bodies, worker, end, running);
        }
        vertx.setTimer(duration.toMillis() + GIVE_UP_AFTER_MILLIS, ignored -> finish(client));
    }

    /**
     * Sends call number n and, when its answer is in, the next, until the end, and at least until every operation
     * has been called in each variant once, however slow the start.
     */
    private void send(HttpClient client, List<Buffer> bodies, int n, long end, AtomicInteger running) {
        if (over || n >= EVERY_CALL_ONCE && System.nanoTime() - end > 0) {
            if (running.decrementAndGet() == 0) { // the last worker to stop ends the warm-up
                finish(client);
            }
            return;
        }
        Call call = CALLS.get(n % CALLS.size());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(call.path())
                .putHeader("Content-Type", "application/json").putHeader(RequestIds.HEADER, REQUEST_ID);
        int variant = (n / CALLS.size()) % VARIANTS;
        if (variant % 2 == 1) {
            options.putHeader("Accept-Encoding", "gzip");
        }
        if (variant >= 2) {
            options.putHeader("Accept-Language", "de");
        }
        client.request(options)
                .compose(request -> request.send(bodies.get(n % CALLS.size())))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onSuccess(status -> {
                    answered.computeIfAbsent(call.path() + " " + status, key -> new LongAdder()).increment();
                    send(client, bodies, n + CONNECTIONS, end, running);
                })
                .onFailure(failure -> {
                    LOG.warnf("warm-up call to %s failed (%s); the pod becomes ready without the rest", call.path(),
                            failure.getMessage());
                    finish(client);
                });
    }

    private synchronized void finish(HttpClient client) {
        if (!over) {
            over = true;
            LOG.debugf("warm-up over: %s", answered());
            client.close();
        }
    }

    private static byte[] example(String operation) {
        String resource = "openapi-examples/" + operation + ".request.json";
        try (InputStream in = WarmUp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the warm-up example " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An operation's path and the name of its worked example. */
    private record Call(String path, String example) {}
}
