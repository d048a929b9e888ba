package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void namesInEveryLatinAlphabetBecomePlainAscii() {
        assertThat(Slugs.slug("Ørjan Åsebø")).isEqualTo("orjan-asebo");
        assertThat(Slugs.slug("Łukasz Kowalski")).isEqualTo("lukasz-kowalski");
        assertThat(Slugs.slug("Straße nach Łódź")).isEqualTo("strasse-nach-lodz");
        assertThat(Slugs.slug("Abū Muḥammad al-Maqdisī")).isEqualTo("abu-muhammad-al-maqdisi");
        assertThat(Slugs.slug("Tanẓīm al-Qāʿida")).isEqualTo("tanzim-al-qaida");
        assertThat(Slugs.slug("Why Terrorist Actors Cooperate")).isEqualTo("why-terrorist-actors-cooperate");
    }

    @Test
    void otherScriptsAreTransliterated() {
        assertThat(Slugs.slug("Москва")).isEqualTo("moskva");
        assertThat(Slugs.slug("Ἀθῆναι")).matches("[a-z]+");
        assertThat(Slugs.slug("القاعدة")).matches(Slugs.SLUG.pattern());
        assertThat(Slugs.slug("東京")).matches(Slugs.SLUG.pattern());
    }

    @Test
    void textWithoutLettersGivesEmptyAndTheFallbackCanStandIn() {
        assertThat(Slugs.slug("🙂 — !!")).isEmpty();
        assertThat(Slugs.slug("\u0000\u202e")).isEmpty();
        assertThat(Slugs.slugOr("🙂", "untitled")).isEqualTo("untitled");
    }

    @Test
    void maxWordsKeepsTheFirstWords() {
        assertThat(Slugs.slug("one two three four", 2)).isEqualTo("one-two");
    }

    /** Random code points of every plane and category: the result is always a slug or empty. */
    @Test
    void anyUnicodeTextGivesASlugOrNothing() {
        Random random = new Random(8);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x30000);
                if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            String slug = Slugs.slug(text.toString());
            assertThat(slug.isEmpty() || Slugs.isSlug(slug)).as("slug of %s was '%s'", text, slug).isTrue();
        }
    }
}
