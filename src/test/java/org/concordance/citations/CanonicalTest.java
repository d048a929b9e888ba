package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Equal parts of different citations are kept once, and a citation stays equal to itself. */
class CanonicalTest {
    private final NoteParser parser = new NoteParser();

    private Citation parse(String html) {
        return parser.parseHtml(html).citations().get(0);
    }

    @Test
    void equalPartsOfTwoCitationsAreOneCopy() {
        Citation first = parse("Daniel Byman, “Breaking the Bonds between Al-Qa’ida and Its Affiliate Organizations,”"
                + " <em>Analysis Paper</em> 27 (2012): 12.");
        Citation second = parse("Daniel Byman, “Breaking the Bonds between Al-Qa’ida and Its Affiliate Organizations,”"
                + " <em>Analysis Paper</em> 27 (2012): 30.");
        assertThat(first.authors().get(0)).isNotSameAs(second.authors().get(0));

        Canonical canonical = new Canonical();
        Citation one = canonical.of(first);
        Citation two = canonical.of(second);
        assertThat(one).isEqualTo(first);
        assertThat(two).isEqualTo(second);
        assertThat(two.authors()).isSameAs(one.authors());
        assertThat(two.title()).isSameAs(one.title());
        assertThat(two.container()).isSameAs(one.container());
        assertThat(two.date()).isSameAs(one.date());
        assertThat(two.pinpoint()).isNotEqualTo(one.pinpoint());
        assertThat(two.text()).isSameAs(second.text());
    }
}
