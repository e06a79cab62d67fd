package org.replenish.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket that sends bytes exactly as given: invalid UTF-8, broken
 * percent-encoding, chunked bodies and odd headers that java.net.http refuses to send. Reconnects when the server
 * closed the connection. Not thread-safe: one per thread.
 */
public final class RawHttp implements Closeable {

    /** One response as read from the wire; header names in lower case. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A request with Host and, for a body, Content-Length or chunked framing. */
    public static byte[] request(String method, String target, Map<String, String> headers, byte[] body,
                                 boolean chunked) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null && chunked) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            for (int offset = 0; offset < body.length; offset += 4096) {
                int length = Math.min(4096, body.length - offset);
                bytes.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                bytes.write(body, offset, length);
                bytes.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            bytes.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return bytes.toByteArray();
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            bytes.writeBytes(body);
        }
        return bytes.toByteArray();
    }

    /** Sends one request and reads its response; a request refused on a stale keep-alive connection is retried once. */
    public Response exchange(byte[] request) throws IOException {
        boolean fresh = socket == null;
        try {
            return send(request);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return send(request);
        }
    }

    private Response send(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        Response response = read();
        if ("close".equalsIgnoreCase(response.header("connection"))) {
            close();
        }
        return response;
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("Connection closed before a response");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
                chunks.writeBytes(in.readNBytes(size));
                line();
            }
            line();
            body = chunks.toByteArray();
        } else {
            body = in.readAllBytes();
            headers.put("connection", "close");
        }
        return new Response(status, headers, body);
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a socket the server already closed.
            }
            socket = null;
        }
    }
}
