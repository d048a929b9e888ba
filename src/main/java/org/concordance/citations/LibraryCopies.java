package org.concordance.citations;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Title;

/**
 * Which document of the library a cited work is, when it is one: a note in one text citing another
 * text of the library, by its author and title. The work and the document have the same title
 * ({@link Text#titleKey}: case, accents, punctuation and a leading article aside) and an author in
 * common, one person as the bibliography groups names (the same family name, given names that
 * agree: "D. Byman" is "Daniel Byman", "Anne Stenersen" is not "Abū Muḥammad Stenersen"). Never the
 * title alone, which two texts may share; and no document when two of an author's documents have
 * the title, as the note does not say which it means.
 */
public final class LibraryCopies {
    private LibraryCopies() {
    }

    /**
     * The document that is {@code work}, if any. Reads the titles of its authors' documents only,
     * found through the bibliography's people, and the library as it is now (a title edited since
     * the bibliography was built is read as edited).
     */
    public static Optional<Document> of(Work work, Bibliography bibliography, Library library) {
        Objects.requireNonNull(library, "library");
        Optional<String> key = work.title().map(Title::plain).map(Text::titleKey).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // By slug: two authors of the work may both have written the document.
        Set<String> same = new LinkedHashSet<>();
        for (Person author : bibliography.authorsOf(work)) {
            for (String slug : author.documents()) {
                library.document(slug)
                        .filter(document -> document.metadata().title().map(Title::plain).map(Text::titleKey).equals(key))
                        .ifPresent(document -> same.add(document.slug()));
            }
        }
        return same.size() == 1 ? library.document(same.iterator().next()) : Optional.empty();
    }
}
