package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The library's texts are the seed texts, word for word: joining a document's title, caption,
 * paragraphs and notes gives the seed file with only its boilerplate taken out.
 */
class SeedFidelityTest {
    private static final Library LIBRARY = load();

    private static Library load() {
        try {
            return new ContentLoader(Path.of("content")).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void theJournalExcerptIsTheSeedLessItsRunningHeadAndPageNumber() throws IOException {
        String seed = seed("000_b3c6bf59340cd15f.txt")
                .replace("International Journal on Criminology Volume 7, Number 2, Spring 2020 | Page 21", "")
                .replaceFirst("International Journal on Criminology ", "")
                .replaceFirst(" 12\\s*$", "");
        Document doc = LIBRARY.document("journal-excerpt-on-terrorist-affiliations").orElseThrow();
        // The seed prints each note number after its sentence and the notes after the text.
        StringBuilder text = new StringBuilder();
        String paragraph = doc.paragraphs().get(0).html().replaceAll("<sup class=\"noteref\">.*?>(\\d+)</a></sup>", " $1");
        text.append(org.jsoup.Jsoup.parse(paragraph).text());
        for (Note note : doc.notes()) {
            text.append(' ').append(note.label()).append(' ').append(note.text());
        }
        assertThat(normalise(text.toString())).isEqualTo(normalise(seed));
    }

    @Test
    void moghadamsPostIsTheSeedLessTheCommentWidget() throws IOException {
        String seed = seed("001_d759598a5038f35b.txt");
        seed = seed.substring(0, seed.indexOf("3 comments"));
        Document doc = LIBRARY.document("why-terrorist-actors-cooperate").orElseThrow();
        List<String> parts = new ArrayList<>();
        parts.add(doc.metadata().displayTitle());
        parts.add(doc.figure().orElseThrow().captionText());
        parts.add(doc.metadata().byline().orElseThrow());
        for (Block block : doc.blocks()) {
            if (block instanceof Heading heading && !heading.anchor().equals(DocumentParser.ABOUT_ANCHOR)) {
                parts.add(heading.text());
            } else if (block instanceof Paragraph paragraph) {
                parts.add(paragraph.text());
            }
        }
        assertThat(normalise(String.join(" ", parts))).isEqualTo(normalise(seed));
    }

    @Test
    void baconsPostIsTheSeedLessTheStrayNumberAndForthcomingEvents() throws IOException {
        String seed = seed("002_0c3171b756b2bd4c.txt").replace("15818Today", "Today").replace("Forthcoming Events", "");
        Document doc = LIBRARY.document("allies-poised-to-help-the-islamic-state-recover").orElseThrow();
        String text = doc.metadata().displayTitle() + " "
                + doc.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining(" "));
        assertThat(normalise(text)).isEqualTo(normalise(seed));
    }

    private static String seed(String name) throws IOException {
        // The raw texts the curated documents come from are kept with the content, in sources/.
        return java.nio.file.Files.readString(java.nio.file.Path.of("content", "sources", name), StandardCharsets.UTF_8);
    }

    /** Whitespace is layout, not text: runs of it compare equal, including the web pages' no-break spaces. */
    private static String normalise(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
