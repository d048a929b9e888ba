package org.concordance.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A response body made once and kept: its bytes as they are, gzipped and (once the background
 * encoder is done, where available) in Brotli, with one strong entity tag per coding derived from
 * the content, so identical content gives identical tags on every machine.
 *
 * @param contentType the full {@code Content-Type}, charset included
 * @param tag the opaque part of the identity coding's entity tag; other codings add a suffix
 * @param attachment for a download, the file name a browser saves it under ({@code Content-Disposition})
 */
record CachedPage(String contentType, byte[] identity, Optional<byte[]> gzip, Optional<byte[]> brotli, String tag,
        Optional<String> attachment) {
    CachedPage {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(gzip, "gzip");
        Objects.requireNonNull(brotli, "brotli");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(attachment, "attachment");
    }

    /** An HTML page, gzipped now; Brotli is added later with {@link #withBrotli}. */
    static CachedPage html(String html) {
        return of("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** Text (HTML, CSS, JSON, BibTeX…), gzipped now. */
    static CachedPage of(String contentType, byte[] bytes) {
        return new CachedPage(contentType, bytes, Optional.of(Compression.gzip(bytes)), Optional.empty(), tagOf(bytes),
                Optional.empty());
    }

    /** A file to download, gzipped now, saved by browsers as {@code fileName}. */
    static CachedPage download(String contentType, String fileName, byte[] bytes) {
        return new CachedPage(contentType, bytes, Optional.of(Compression.gzip(bytes)), Optional.empty(), tagOf(bytes),
                Optional.of(fileName));
    }

    /** The {@code Content-Disposition} of a download. */
    Optional<String> disposition() {
        return attachment.map(name -> "attachment; filename=\"" + name + "\"");
    }

    /** Bytes that are compressed already (fonts, images): sent as they are. */
    static CachedPage uncompressed(String contentType, byte[] bytes) {
        return new CachedPage(contentType, bytes, Optional.empty(), Optional.empty(), tagOf(bytes), Optional.empty());
    }

    /**
     * {@link #contentType} as the servlet layer writes it: Jetty's own spelling of the types it
     * knows ({@code text/html;charset=utf-8}), others as given; so both paths send the same header.
     */
    String servletContentType() {
        org.eclipse.jetty.http.MimeTypes.Type known = org.eclipse.jetty.http.MimeTypes.CACHE.get(contentType);
        return known == null ? contentType : known.asString();
    }

    CachedPage withBrotli(byte[] brotli) {
        return new CachedPage(contentType, identity, gzip, Optional.of(brotli), tag, attachment);
    }

    /** The coding to send for a request's {@code Accept-Encoding}: Brotli, then gzip, then the bytes as they are. */
    Encoding encodingFor(String acceptEncoding) {
        if (brotli.isPresent() && Encoding.BROTLI.acceptedBy(acceptEncoding)) {
            return Encoding.BROTLI;
        }
        return gzip.isPresent() && Encoding.GZIP.acceptedBy(acceptEncoding) ? Encoding.GZIP : Encoding.IDENTITY;
    }

    byte[] body(Encoding encoding) {
        return switch (encoding) {
            case BROTLI -> brotli.orElseThrow();
            case GZIP -> gzip.orElseThrow();
            case IDENTITY -> identity;
        };
    }

    /** The quoted entity tag of the body in {@code encoding}. */
    String etag(Encoding encoding) {
        return EntityTags.strong(tag + encoding.tagSuffix());
    }

    /** Bytes held, for the cache's weigher. */
    int weight() {
        return identity.length + gzip.map(b -> b.length).orElse(0) + brotli.map(b -> b.length).orElse(0) + 200;
    }

    /** The first 128 bits of the body's SHA-256, in hex. */
    static String tagOf(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
