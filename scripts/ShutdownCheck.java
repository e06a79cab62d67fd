import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Zero dropped requests on SIGTERM, measured: CLIENTS keep-alive clients POST deficit estimates to the running service,
 * the service gets SIGTERM after WARMUP seconds, and every request written to a connection the service accepted must
 * be answered. Like a load balancer, a client opens no new connection once /q/health/ready stops answering 200 (the
 * endpoint is removed), but keeps using the connection it has until the service closes it (Connection: close).
 * Usage: java scripts/ShutdownCheck.java PORT PID CLIENTS WARMUP_SECONDS BODY_FILE
 */
public class ShutdownCheck {

    static final AtomicBoolean routable = new AtomicBoolean(true);
    static final AtomicLong sent = new AtomicLong();
    static final AtomicLong answered = new AtomicLong();
    static final AtomicLong answeredAfterSigterm = new AtomicLong();
    static final AtomicLong resets = new AtomicLong();
    static final AtomicLong refused = new AtomicLong();
    static final AtomicLong closedByServer = new AtomicLong();
    static final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    static volatile boolean sigtermSent;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        int clients = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        byte[] body = Files.readAllBytes(Path.of(args[4]));
        byte[] request = ("POST /v1/deficit-estimates HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[request.length + body.length];
        System.arraycopy(request, 0, whole, 0, request.length);
        System.arraycopy(body, 0, whole, request.length, body.length);

        Thread monitor = new Thread(() -> watchReadiness(port));
        monitor.setDaemon(true);
        monitor.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> client(port, whole));
            client.start();
            threads.add(client);
        }
        Thread.sleep(warmup * 1000L);
        long before = answered.get();
        long signalled = System.nanoTime();
        ProcessHandle service = ProcessHandle.of(pid).orElseThrow();
        sigtermSent = true;
        service.destroy();
        for (Thread client : threads) {
            client.join(60_000);
        }
        service.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        double exitSeconds = (System.nanoTime() - signalled) / 1e9;

        long unanswered = sent.get() - answered.get();
        System.out.printf(Locale.ROOT, "clients %d, requests sent on accepted connections %d, answered %d (%.3f %%), "
                + "resets %d, unanswered %d%n", clients, sent.get(), answered.get(), 100.0 * answered.get() / sent.get(),
                resets.get(), unanswered);
        System.out.printf(Locale.ROOT, "answered before SIGTERM %d, after %d; statuses %s; connections closed by the service "
                + "with Connection: close %d; connects refused after the endpoint went away %d; process exited %.1f s "
                + "after SIGTERM%n", before, answeredAfterSigterm.get(), statuses, closedByServer.get(), refused.get(),
                exitSeconds);
        boolean ok = resets.get() == 0 && unanswered == 0 && statuses.keySet().stream().allMatch(s -> s == 200);
        System.out.println(ok ? "shutdown check: PASS" : "shutdown check: FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** Polls readiness like a kubelet; the first non-200 (or refused connection) takes the endpoint away. */
    static void watchReadiness(int port) {
        byte[] probe = "GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        while (routable.get()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                socket.getOutputStream().write(probe);
                String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
                if (!status.endsWith("200")) {
                    routable.set(false);
                }
            } catch (IOException e) {
                routable.set(false);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static void client(int port, byte[] request) {
        Socket socket = null;
        InputStream in = null;
        OutputStream out = null;
        while (true) {
            if (socket == null) {
                if (!routable.get()) {
                    return;
                }
                try {
                    socket = new Socket();
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream());
                    out = socket.getOutputStream();
                } catch (ConnectException e) {
                    refused.incrementAndGet();
                    return;
                } catch (IOException e) {
                    refused.incrementAndGet();
                    return;
                }
            }
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // Written to a connection the service had accepted: a request lost in the write counts as reset.
                sent.incrementAndGet();
                resets.incrementAndGet();
                close(socket);
                socket = null;
                continue;
            }
            sent.incrementAndGet();
            try {
                boolean close = readResponse(in);
                answered.incrementAndGet();
                if (sigtermSent) {
                    answeredAfterSigterm.incrementAndGet();
                }
                if (close) {
                    closedByServer.incrementAndGet();
                    close(socket);
                    socket = null;
                }
            } catch (IOException e) {
                resets.incrementAndGet();
                close(socket);
                socket = null;
            }
        }
    }

    /** Reads one response; true when the service closes the connection after it. */
    static boolean readResponse(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        String[] parts = statusLine.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        int length = 0;
        boolean close = false;
        boolean chunked = false;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            readChunks(in);
        } else {
            readExactly(in, length);
        }
        return close;
    }

    /** A body larger than the service's output buffer comes chunked: size lines, data, an empty last chunk. */
    static void readChunks(InputStream in) throws IOException {
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new IOException("connection closed inside a chunked response");
            }
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                for (String trailer = line(in); trailer == null || !trailer.isEmpty(); trailer = line(in)) {
                    if (trailer == null) {
                        throw new IOException("connection closed inside a chunked response");
                    }
                }
                return;
            }
            readExactly(in, size);
            line(in);
        }
    }

    static void readExactly(InputStream in, int length) throws IOException {
        if (in.readNBytes(length).length != length) {
            throw new IOException("connection closed inside a response");
        }
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed by the service.
        }
    }
}
