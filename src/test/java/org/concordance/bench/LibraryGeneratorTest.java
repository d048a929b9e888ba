package org.concordance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concordance.citations.Bibliography;
import org.concordance.citations.Citation;
import org.concordance.citations.ResolvedCitation;
import org.concordance.citations.ResolvedNote;
import org.concordance.citations.Work;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated library cites its works as a real one does, and the bibliography keeps them apart:
 * a work cited in full in many documents is one work, and no work is made of two (a book that took an
 * article's journal, a year another note gave).
 */
class LibraryGeneratorTest {
    @TempDir
    Path content;

    @Test
    void chaptersNameTheirBookAndEveryFullCitationStatesItsWorksYearAndKind() throws Exception {
        LibraryGenerator.generate(Path.of("content"), content, 300, 3);
        Library library = new ContentLoader(content).load();
        Bibliography bibliography = Bibliography.load(library, content);
        // A chapter names its book, which its citations give (a chapter without one is cited as a book would be).
        assertThat(library.documents()).filteredOn(d -> d.metadata().kind() == DocumentKind.BOOK_CHAPTER).isNotEmpty()
                .allSatisfy(chapter -> assertThat(chapter.metadata().venue()).isPresent());
        List<ResolvedCitation> full = new ArrayList<>();
        for (Document document : library.documents()) {
            if (document.slug().startsWith("generated-")) {
                for (ResolvedNote note : bibliography.notes(document.slug())) {
                    note.citations().stream().filter(c -> !c.citation().form().isShort()).forEach(full::add);
                }
            }
        }
        assertThat(full).hasSizeGreaterThan(300);
        Set<String> works = new HashSet<>();
        int again = 0;
        for (ResolvedCitation resolved : full) {
            Citation citation = resolved.citation();
            Work work = resolved.work().orElseThrow();
            if (!works.add(work.slug())) {
                again++;
            }
            assertThat(work.year()).as(citation.text()).isEqualTo(citation.year());
            assertThat(work.type().name()).as(citation.text()).isEqualTo(citation.form().name());
            assertThat(work.container()).as(citation.text()).isEqualTo(citation.container());
            assertThat(work.publisher()).as(citation.text()).isEqualTo(citation.publisher());
        }
        // Works recur, as one author's title: 20,736 of them for about six full citations a document.
        assertThat(again).isGreaterThan(20);
    }
}
