package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concordance.TestApp;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph without sentence ends (text pasted from a PDF, a list run together) is one passage to
 * the sentence breaks: its snippet is still a few lines around the match, not the whole paragraph.
 * Found by a trial: an imported paragraph of 87,550 characters was a result's whole snippet.
 */
class LongPassageSnippetTest {
    private static final String DOCUMENT = "documents/why-terrorist-actors-cooperate.md";

    @Test
    void aLongParagraphWithoutSentenceEndsIsCutAroundItsMatch(@TempDir Path folder) throws Exception {
        Path content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        String filler = "alliances and rivalries among armed groups ".repeat(500);
        String runOn = filler + "zanzibarite " + filler.strip();
        // Run on from the end of the text's first paragraph, so no paragraph is numbered otherwise.
        Path file = content.resolve(DOCUMENT);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int bodyStart = lines.subList(1, lines.size()).indexOf("---") + 2;
        int first = bodyStart;
        while (lines.get(first).isBlank() || !Character.isLetter(lines.get(first).charAt(0))) {
            first++;
        }
        lines.set(first, lines.get(first) + " " + runOn);
        Files.write(file, lines);
        Library library = new ContentLoader(content).load();

        try (SearchIndex index = SearchIndex.open(folder.resolve("index"), library.fingerprint(), () -> Searchables.of(library),
                Synonyms.of(library.nameGroups()), Progress.NONE)) {
            SearchHit hit = index.search(SearchRequest.of("zanzibarite")).hits().get(0);

            String shown = Jsoup.parse(hit.snippetHtml()).text();
            assertThat(runOn.length()).isGreaterThan(40_000);
            assertThat(shown.length()).isBetween(100, Snippets.MAX_PASSAGE_CHARS + 10);
            assertThat(hit.snippetHtml()).contains("<mark>zanzibarite</mark>");
            // Cut at words, each cut marked with an ellipsis.
            assertThat(shown).startsWith(Snippets.ELLIPSIS + " ").endsWith(" " + Snippets.ELLIPSIS);
            assertThat(shown.substring(2, shown.length() - 2).split(" ")).allMatch(word -> word.isEmpty()
                    || "alliances and rivalries among armed groups zanzibarite".contains(word));
        }
    }
}
