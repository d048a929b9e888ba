package org.concordance.web;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's public address ({@code https://library.example.org}, no trailing slash): the only
 * source of absolute URLs in pages, feeds and metadata. Never taken from a request, so no client
 * can make a page name its host, and pages can be cached once for every reader.
 *
 * <p>When none is configured it is the address the app listens on ({@link #listening}), known once the
 * server has started (tests listen on port 0). Thread-safe.
 */
public final class BaseUrl {
    private final Optional<URI> configured;
    private final Optional<String> host;
    private volatile String listening;

    private BaseUrl(Optional<URI> configured, Optional<String> host) {
        this.configured = Objects.requireNonNull(configured, "configured");
        this.host = Objects.requireNonNull(host, "host");
        this.listening = listening(host, 0);
    }

    /**
     * The configured address, or the listening address once {@link #listeningOn} is called.
     *
     * @param host the address the server listens on ({@code --host}); empty for every address
     */
    public static BaseUrl of(Optional<URI> configured, Optional<String> host) {
        return new BaseUrl(configured, host);
    }

    /**
     * The address a server listening on {@code host} and {@code port} is reached at on this machine:
     * {@code http://127.0.0.1:7070}, {@code http://[::1]:7070}, or {@code http://localhost:7070} when it
     * listens on every address (none given, {@code 0.0.0.0} or {@code ::}).
     */
    public static String listening(Optional<String> host, int port) {
        String name = host.filter(h -> !h.equals("0.0.0.0") && !h.equals("::"))
                .map(h -> h.contains(":") ? "[" + h + "]" : h).orElse("localhost");
        return "http://" + name + ":" + port;
    }

    /** Records the port the server listens on; used only when no address is configured. */
    public void listeningOn(int port) {
        listening = listening(host, port);
    }

    /** The address without a trailing slash, e.g. {@code https://library.example.org/concordance}. */
    public String get() {
        return configured.map(URI::toString).orElse(listening);
    }

    /** An absolute URL for a site path ({@code /documents/x}). */
    public String resolve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a site path starts with '/', was: " + path);
        }
        return get() + path;
    }
}
