package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UrlsTest {
    private static List<String> found(String text) {
        return Urls.find(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void anAddressEndsBeforeTheSentencesPunctuation() {
        assertThat(found("See https://www.brookings.edu/wp-content/uploads/2016/06/byman.pdf. Then (www.example.org/a_b), done."))
                .containsExactly("https://www.brookings.edu/wp-content/uploads/2016/06/byman.pdf", "www.example.org/a_b");
        assertThat(found("No address here: http:// alone, or mailto:x@example.org")).isEmpty();
        // In any case, and at either end of the text.
        assertThat(found("WWW.EXAMPLE.ORG")).containsExactly("WWW.EXAMPLE.ORG");
        assertThat(found("Read Www.example.org or HTTPS://X.ORG")).containsExactly("Www.example.org", "HTTPS://X.ORG");
        assertThat(found("http://x")).containsExactly("http://x");
        assertThat(found("www.x")).containsExactly("www.x");
        assertThat(found("ends with http://")).isEmpty();
    }

    @Test
    void anAddressBreaksWhereTheChicagoManualAllows() {
        // The Chicago Manual: after a colon or a double slash; before a single slash, a period, a hyphen,
        // an underline, a question mark, a number sign or a percent sign; before or after = and &.
        assertThat(Urls.pieces("https://www.example.org/a-b_c.pdf?x=1&y=2#top")).containsExactly(
                "https://", "www", ".example", ".org", "/a", "-b", "_c", ".pdf", "?x", "=", "1", "&", "y", "=", "2", "#top");
        assertThat(String.join("", Urls.pieces("http://x.org//double"))).isEqualTo("http://x.org//double");
    }
}
