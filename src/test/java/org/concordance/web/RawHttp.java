package org.concordance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 as bytes on a socket, for requests a well-behaved client library refuses to send: any
 * method, any request target (malformed escapes, NUL), any Host header. Reads one response with
 * {@code Connection: close}.
 */
final class RawHttp {
    /** A response: status, headers (names lower-cased; the last of repeated ones), body bytes. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static Response send(int port, String method, String target, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        boolean host = false;
        for (String header : headers) {
            host |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(header).append("\r\n");
        }
        if (!host) {
            request.append("Host: localhost\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(port, request.toString(), method.equals("HEAD"));
    }

    /** Sends {@code request} exactly as given (its request line and headers, ending in an empty line) and reads the response. */
    static Response exchange(int port, String request, boolean head) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), head);
        } catch (IOException e) {
            throw new UncheckedIOException(request.lines().findFirst().orElse("") + " failed", e);
        }
    }

    private static Response read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("no complete response head in " + bytes.length + " bytes");
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && !head) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(body, at, body.length), "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            int size = Integer.parseInt(new String(body, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, at + lineEnd + 2, size);
            at += lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
