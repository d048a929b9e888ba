package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.nio.file.Path;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.junit.jupiter.api.Test;

/** How a document's words are marked on pages other than its own ({@link TextLanguage}). */
class TextLanguageTest {
    private static final TextLanguage LANG = TextLanguage.PAGES;
    private static Library library;

    private static Document inLanguage(String slug, String language) throws Exception {
        if (library == null) {
            library = new ContentLoader(Path.of("content")).load();
        }
        Document document = library.document(slug).orElseThrow();
        Metadata m = document.metadata();
        Metadata stated = new Metadata(m.title(), m.label(), m.kind(), m.authors(), m.venue(), m.volume(), m.issue(), m.date(),
                m.year(), m.pages(), m.byline(), m.summary(), m.excerpt(), m.accessed(), m.url(), Optional.of(language), m.sourceFile());
        return new Document(document.slug(), stated, document.figure(), document.passages(), document.body());
    }

    @Test
    void aTitleTakesItsDocumentsLanguageButADescriptiveLabelIsTheLibrarysEnglish() throws Exception {
        Document titled = inLanguage("why-terrorist-actors-cooperate", "fr");
        assertThat(LANG.title(titled)).isEqualTo("<span lang=\"fr\">Why Terrorist Actors Cooperate</span>");
        // The excerpt has no title: its label is the library's own words (a review found it marked "fr").
        Document untitled = inLanguage("journal-excerpt-on-terrorist-affiliations", "fr");
        assertThat(untitled.metadata().title()).isEmpty();
        assertThat(LANG.of(untitled)).isEqualTo("fr");
        assertThat(LANG.titleLanguage(untitled)).isNull();
        assertThat(LANG.title(untitled)).doesNotContain("lang=");
    }

    @Test
    void englishSaysNothingAndRightToLeftWordsAreIsolated() throws Exception {
        Document english = inLanguage("why-terrorist-actors-cooperate", "en-GB");
        assertThat(LANG.of(english)).isNull();
        assertThat(LANG.title(english)).isEqualTo("Why Terrorist Actors Cooperate");
        assertThat(LANG.marked("التحالفات <i>بين</i> الجماعات", null)).isEqualTo("<span dir=\"rtl\">التحالفات <i>بين</i> الجماعات</span>");
        assertThat(LANG.dirOfHtml("<mark>the</mark> الجماعات")).as("the tags' letters are not the text's").isEqualTo("rtl");
        assertThat(LANG.dir("An English sentence quoting «الدولة»")).isNull();
    }
}
