package org.concordance.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What identifies the running code, for what is derived from the content and kept on disk between
 * runs (the search index, rendered pages): the same content read by another build may yield other
 * data, so such data is stamped with both and rebuilt when either differs.
 */
public final class Build {
    private static final Logger LOG = LoggerFactory.getLogger(Build.class);
    private static final String IDENTITY = identify();

    private Build() {
    }

    /**
     * The jar this code runs from, by absolute path, size in bytes and modification time in
     * milliseconds; classes read from a folder (tests, an IDE) cannot be told apart between builds,
     * so they get a random identity, the same for the whole JVM: what they derive is reused within
     * one run only.
     */
    public static String identity() {
        return IDENTITY;
    }

    private static String identify() {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return code.toAbsolutePath() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("the app's jar could not be identified; derived data is kept for this run only", e);
        }
        return "run:" + UUID.randomUUID();
    }
}
