package org.concordance.importer;

import java.util.Objects;
import java.util.Optional;
import org.concordance.content.Urls;

/**
 * What the reader states about the one file an import reads, over what the importer would find.
 *
 * @param slug the slug to write the document under, instead of its title's or file name's
 * @param url the address the text was published at ({@link Urls#isWebAddress}), over any the file states
 *     (a saved page's canonical link); a PDF or a copied text states none
 * @throws IllegalArgumentException if {@code url} is not an absolute http or https address
 */
public record Given(Optional<String> slug, Optional<String> url) {
    /** Nothing stated: everything as the importer finds it. */
    public static final Given NONE = new Given(Optional.empty(), Optional.empty());

    public Given {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(url, "url");
        url.flatMap(Urls::problem).ifPresent(problem -> {
            throw new IllegalArgumentException("--url gives the address the text was published at, and '"
                    + Urls.shown(url.get()) + "' " + problem);
        });
    }

    /** Whether anything is stated: then the import reads one file. */
    public boolean any() {
        return slug.isPresent() || url.isPresent();
    }
}
