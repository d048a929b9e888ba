package org.concordance.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses response bodies once, for pages and files kept in memory: gzip at its highest level,
 * and Brotli (brotli4j's native encoder) at its highest quality where the native library loads on
 * this platform; elsewhere pages are simply not offered as Brotli. Thread-safe.
 */
final class Compression {
    private static final Logger LOG = LoggerFactory.getLogger(Compression.class);
    /** Brotli's best; about 60 ms for a 75 KB page, which is why it runs in the background. */
    static final int BROTLI_QUALITY = 11;
    private static final boolean BROTLI = loadBrotli();

    private Compression() {
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            LOG.info("Brotli is not available on this platform ({}); pages are offered with gzip only", e.toString());
            return false;
        }
    }

    static boolean brotliAvailable() {
        return BROTLI;
    }

    /** {@code bytes} gzipped at level 9. */
    static byte[] gzip(byte[] bytes) {
        return gzip(bytes, Deflater.BEST_COMPRESSION);
    }

    /** {@code bytes} gzipped at {@code level} (1 fastest … 9 smallest). */
    static byte[] gzip(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** {@code bytes} in Brotli at its best quality, or empty where Brotli is not available. */
    static Optional<byte[]> brotli(byte[] bytes) {
        if (!BROTLI) {
            return Optional.empty();
        }
        try {
            return Optional.of(Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY)));
        } catch (IOException e) {
            LOG.debug("Brotli failed on {} bytes; offering gzip instead", bytes.length, e);
            return Optional.empty();
        }
    }
}
