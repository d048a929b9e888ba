package org.concordance.web;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's public address ({@code https://library.example.org}, no trailing slash): the only
 * source of absolute URLs in pages, feeds and metadata. Never taken from a request, so no client
 * can make a page name its host, and pages can be cached once for every reader.
 *
 * <p>When none is configured it is the address the app listens on, {@code http://localhost:PORT},
 * known once the server has started (tests listen on port 0). Thread-safe.
 */
public final class BaseUrl {
    private final Optional<URI> configured;
    private volatile String listening = "http://localhost";

    private BaseUrl(Optional<URI> configured) {
        this.configured = Objects.requireNonNull(configured, "configured");
    }

    /** The configured address, or the listening address once {@link #listeningOn} is called. */
    public static BaseUrl of(Optional<URI> configured) {
        return new BaseUrl(configured);
    }

    /** Records the port the server listens on; used only when no address is configured. */
    public void listeningOn(int port) {
        listening = "http://localhost:" + port;
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
