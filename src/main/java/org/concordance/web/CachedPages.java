package org.concordance.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a {@code GET} or {@code HEAD} for a page already kept in the current site's
 * {@link PageCache} straight from Jetty, before the request reaches the router: the same status,
 * headers and bytes the route sends ({@link Views#send}), without the servlet and routing layers,
 * and with a {@code Content-Length} rather than chunks. A page not yet kept, a request with a
 * query string, an unusual path or a method override goes the usual way, which renders and keeps
 * the page, so this handler never decides what a page is, only sends what the route made.
 *
 * <p>Why: a document page is the same bytes for every reader, and readers ask for it far more
 * often than anything else; serving it at close to a static file server's rate is what lets one
 * machine carry a real readership (see README, Performance).
 */
final class CachedPages extends Handler.Wrapper {
    /** The security headers, encoded once. */
    private static final HttpField[] SECURITY = SecurityHeaders.HEADERS.entrySet().stream()
            .map(CachedPages::field).toArray(HttpField[]::new);
    private static final HttpField REVALIDATE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, Views.REVALIDATE);
    private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");

    private final Supplier<Optional<PageCache>> pages;
    /**
     * Each kept page's bodies copied once off the heap, by coding: the socket is written from them
     * without a copy per request, as a static file server sends a file. Held as long as the page is
     * (weak keys, compared by identity), so a page dropped from the cache takes its copies with it.
     */
    private final Cache<CachedPage, AtomicReferenceArray<ByteBuffer>> direct = Caffeine.newBuilder().weakKeys().build();

    /** @param pages the cache of the site served now; empty before the first library is published */
    CachedPages(Supplier<Optional<PageCache>> pages) {
        this.pages = pages;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (!"HEAD".equals(method) && !"GET".equals(method)) {
            return super.handle(request, response, callback);
        }
        String query = request.getHttpURI().getQuery();
        HttpFields headers = request.getHeaders();
        String path = request.getHttpURI().getPath();
        if ((query != null && !query.isEmpty()) || !PageCache.isPlain(path) || headers.contains("X-HTTP-Method-Override")) {
            return super.handle(request, response, callback);
        }
        CachedPage page = pages.get().flatMap(cache -> cache.peek(PageCache.keyOf(path))).orElse(null);
        if (page == null) {
            return super.handle(request, response, callback);
        }
        Encoding encoding = page.encodingFor(headers.get(HttpHeader.ACCEPT_ENCODING));
        String etag = page.etag(encoding);
        HttpFields.Mutable out = response.getHeaders();
        for (HttpField field : SECURITY) {
            out.add(field);
        }
        out.add(REVALIDATE);
        out.add(VARY);
        out.put(HttpHeader.ETAG, etag);
        page.disposition().ifPresent(disposition -> out.put(HttpHeader.CONTENT_DISPOSITION, disposition));
        out.put(HttpHeader.CONTENT_TYPE, page.servletContentType());
        if (EntityTags.noneMatchHits(headers.get(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            // The 200's length (RFC 9110, 8.6), not the 0 Jetty writes for a response without content.
            out.put(HttpHeader.CONTENT_LENGTH, page.body(encoding).length);
            callback.succeeded();
            return true;
        }
        byte[] body = page.body(encoding);
        response.setStatus(HttpStatus.OK_200);
        if (encoding != Encoding.IDENTITY) {
            out.put(HttpHeader.CONTENT_ENCODING, encoding.token());
        }
        out.put(HttpHeader.CONTENT_LENGTH, body.length);
        // For HEAD, Jetty sends the head of this response and drops the body.
        response.write(true, offHeap(page, encoding, body), callback);
        return true;
    }

    /**
     * The body of {@code page} in {@code encoding}, off the heap, as a view of its own to write from;
     * the bytes on the heap when no more memory may be taken off it (the JVM's direct memory limit).
     */
    private ByteBuffer offHeap(CachedPage page, Encoding encoding, byte[] body) {
        AtomicReferenceArray<ByteBuffer> bodies = direct.get(page, p -> new AtomicReferenceArray<>(Encoding.values().length));
        ByteBuffer copy = bodies.get(encoding.ordinal());
        if (copy == null) {
            try {
                copy = ByteBuffer.allocateDirect(body.length).put(body).flip();
            } catch (OutOfMemoryError e) {
                return ByteBuffer.wrap(body).asReadOnlyBuffer();
            }
            // Two readers may both copy a page at first; either copy serves.
            bodies.compareAndSet(encoding.ordinal(), null, copy);
        }
        return copy.asReadOnlyBuffer();
    }

    private static HttpField field(Map.Entry<String, String> header) {
        return new PreEncodedHttpField(header.getKey(), header.getValue());
    }
}
