package org.concordance.citations;

import java.nio.file.Path;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;

/** The bundled library and its bibliography, read once for every test class. */
final class Fixtures {
    static final Path CONTENT = Path.of("content");
    static final Library LIBRARY = load();
    static final Bibliography BIBLIOGRAPHY = bibliography();

    private Fixtures() {
    }

    private static Library load() {
        try {
            return new ContentLoader(CONTENT).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Bibliography bibliography() {
        try {
            return Bibliography.build(LIBRARY, References.of(LIBRARY, CONTENT));
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
