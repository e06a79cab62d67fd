package org.replenish.fuzz;

import com.atlassian.oai.validator.model.Request;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.replenish.http.RawHttp;

/**
 * Runs the cases against a running service over keep-alive connections, several at once, and counts statuses and
 * failures per endpoint. Case i of an endpoint always uses the same random stream (seed, endpoint, i), so a failure
 * is reproducible whatever the scheduling.
 */
final class FuzzCampaign {

    private static final Path EXAMPLES = Path.of("src/main/resources/openapi-examples");
    private static final int KEPT_FAILURES = 20;

    /** Counts for one endpoint. */
    record Tally(String endpoint, int cases, Map<Integer, Integer> statuses, int failures) {
    }

    private final long seed;
    private final int workers;
    private final Contract contract = new Contract();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** Time in the wire exchange and in judging, summed over workers: says which side limits the rate. */
    private final java.util.concurrent.atomic.AtomicLong exchangeNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong judgeNanos = new java.util.concurrent.atomic.AtomicLong();

    String timing() {
        return String.format("exchange %.1f s, judging %.1f s (summed over workers)", exchangeNanos.get() / 1e9,
                judgeNanos.get() / 1e9);
    }

    /** What each pool thread keeps for the whole campaign: its connection and its validator (slow to build). */
    private record Worker(RawHttp http, ResponseOracle oracle) {
    }

    private final ExecutorService pool;
    private final ThreadLocal<Worker> workerState;

    FuzzCampaign(String host, int port, long seed, int workers) {
        this.seed = seed;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers);
        this.workerState = ThreadLocal.withInitial(() -> new Worker(new RawHttp(host, port), new ResponseOracle()));
    }

    List<String> failures() {
        return failures;
    }

    List<Tally> run(int bodiesPerPost, int queriesPerGet) throws InterruptedException {
        try {
            return runAll(bodiesPerPost, queriesPerGet);
        } finally {
            pool.shutdown();
        }
    }

    private List<Tally> runAll(int bodiesPerPost, int queriesPerGet) throws InterruptedException {
        List<Tally> tallies = new ArrayList<>();
        BodyGenerator bodies = new BodyGenerator(contract);
        for (Contract.PostOperation post : contract.posts()) {
            JsonNode example = example(post.operationId());
            tallies.add(run("POST " + post.path(), bodiesPerPost, (random, http, oracle) -> {
                JsonNode valid = example != null && random.nextBoolean() ? example : bodies.generate(post.body(), random);
                Mutator.Mutated mutated = new Mutator(random).mutate(valid);
                Map<String, String> headers = new LinkedHashMap<>();
                if (!mutated.contentType().isEmpty()) {
                    headers.put("Content-Type", mutated.contentType());
                }
                if (mutated.accept() != null) {
                    headers.put("Accept", mutated.accept());
                }
                byte[] request = RawHttp.request("POST", post.path(), headers, mutated.body(), mutated.chunked());
                return judge(http, oracle, request, Request.Method.POST, post.path(), mutated.applied(), mutated.body());
            }));
        }
        QueryGenerator queries = new QueryGenerator(contract);
        for (Contract.GetOperation get : contract.gets()) {
            tallies.add(run("GET " + get.path(), queriesPerGet, (random, http, oracle) -> {
                QueryGenerator.Query query = queries.generate(get, random);
                Map<String, String> headers = query.accept() == null ? Map.of() : Map.of("Accept", query.accept());
                byte[] request = RawHttp.request("GET", query.target(), headers, null, false);
                return judge(http, oracle, request, Request.Method.GET, get.path(), query.applied(),
                        query.target().getBytes(StandardCharsets.ISO_8859_1));
            }));
        }
        return tallies;
    }

    private interface Case {
        int send(Random random, RawHttp http, ResponseOracle oracle);
    }

    /** How often a batch refused by the limit on batches in flight is sent again before its 503 counts. */
    private static final int SEND_AGAIN = 100;

    /**
     * Sends a case and judges the answer. A batch refused with the limit's 503 (more workers than
     * replenish.batch.max-in-flight) is judged, then sent again as a client would after Retry-After, so that its
     * body is judged as well.
     */
    private int judge(RawHttp http, ResponseOracle oracle, byte[] request, Request.Method method, String path,
                      List<String> applied, byte[] shown) {
        int status = 503;
        for (int attempt = 0; status == 503 && attempt < SEND_AGAIN; attempt++) {
            status = judgeOnce(http, oracle, request, method, path, applied, shown);
        }
        return status;
    }

    private int judgeOnce(RawHttp http, ResponseOracle oracle, byte[] request, Request.Method method, String path,
                          List<String> applied, byte[] shown) {
        RawHttp.Response response;
        long started = System.nanoTime();
        try {
            response = http.exchange(request);
            exchangeNanos.addAndGet(System.nanoTime() - started);
        } catch (IOException e) {
            http.close();
            record(method + " " + path + " " + applied + ": no response (" + e.getMessage() + ")\n  sent: " + show(shown));
            return -1;
        }
        long judging = System.nanoTime();
        Optional<String> wrong = oracle.judge(method, path, response);
        judgeNanos.addAndGet(System.nanoTime() - judging);
        if (wrong.isPresent()) {
            record(method + " " + path + " " + applied + ": " + wrong.get() + "\n  sent: " + show(shown));
            return -response.status();
        }
        return response.status();
    }

    private Tally run(String endpoint, int cases, Case fuzzCase) throws InterruptedException {
        Map<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            running.add(pool.submit(() -> {
                Worker worker = workerState.get();
                for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                    Random random = new Random(seed * 1_000_003L + endpoint.hashCode() * 31L + i);
                    int status = fuzzCase.send(random, worker.http, worker.oracle);
                    if (status < 0) {
                        failed.incrementAndGet();
                    }
                    statuses.computeIfAbsent(Math.abs(status), s -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A fuzz worker failed", e.getCause());
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return new Tally(endpoint, cases, counts, failed.get());
    }

    private void record(String failure) {
        if (failures.size() < KEPT_FAILURES) {
            failures.add(failure);
        }
    }

    private static String show(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
        return text + (bytes.length > 400 ? "... (" + bytes.length + " bytes)" : "");
    }

    private static JsonNode example(String operationId) {
        Path file = EXAMPLES.resolve(operationId + ".request.json");
        try {
            return Files.exists(file) ? new ObjectMapper().readTree(file.toFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
