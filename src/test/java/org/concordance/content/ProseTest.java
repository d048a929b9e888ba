package org.concordance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain text of a paragraph or note is read back from its HTML rather than kept beside it, and
 * must then be exactly what {@link Markdown#plainText} makes from the Markdown (mentions are
 * offsets into it); what cannot be read back is kept.
 */
class ProseTest {

    /** The paragraph's HTML with markers, as the parser draws them, and its plain text, both from {@code markdown}. */
    private static String[] htmlAndText(String markdown) {
        Node paragraph = Markdown.parse(markdown).getFirstChild();
        String html = Markdown.inlineHtml(paragraph, label -> Prose.MARKER_START + "<a href=\"#fn-" + label
                + "\" id=\"fnref-" + label + "\" role=\"doc-noteref\"><span class=\"visually-hidden\">Note </span>"
                + label + "</a></sup>");
        return new String[] {html, Markdown.plainText(paragraph)};
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Plain words, and nothing else.",
        "Alliances *form* when **both** gain.[^1] Then more.[^2]\n\n[^1]: One.\n[^2]: Two.",
        "A [link](https://example.org/a?b=1&c=2 \"a title\") and <https://example.org/x> inline.",
        "Code `a < b && c > \"d\"` and AT&T, 3 < 4 > 2, \"quoted\" and ‘curly’.",
        "A line\nsoft-broken  and    spaced,\twith a hard  \nbreak.",
        "  Leading and trailing spaces.   ",
        "Arabic القاعدة, Russian Аль-Каида, Chinese 基地组织, an emoji 🙂 and a soft\u00ADhyphen.",
        "Escaped \\*stars\\* and \\[brackets\\] and a backslash \\\\ here.",
        "A marker at the end.[^n]\n\n[^n]: The note.",
    })
    void theTextReadBackFromTheHtmlIsMarkdownsPlainText(String markdown) {
        String[] made = htmlAndText(markdown);
        assertEquals(made[1], Prose.plainText(made[0]), made[0]);
        assertNull(Prose.textBeside(made[0], made[1]), "nothing kept beside the HTML");
        assertEquals(made[1], new Paragraph(1, Part.BODY, made[0], made[1], Optional.empty(), List.of()).text());
    }

    @Test
    void textTheHtmlCannotSayIsKept() {
        // An image's description is plain text but only an attribute in the HTML.
        String[] image = htmlAndText("A map ![the Sahel](map.png) here.");
        assertNotNull(Prose.textBeside(image[0], image[1]));
        assertEquals(image[1], new Paragraph(1, Part.BODY, image[0], image[1], Optional.empty(), List.of()).text());
        // An escape the reading does not know, and text that simply differs.
        assertNull(Prose.plainText("caf&eacute;"));
        Note note = new Note("1", "caf&eacute;", "café", List.of());
        assertEquals("café", note.text());
        assertEquals("other words", new Note("2", "<em>words</em>", "other words", List.of()).text());
        // A tag left open cannot be read.
        assertNull(Prose.plainText("a <em"));
    }

    @Test
    void paragraphsAreEqualByTheirTextWhetherKeptOrRead() {
        Paragraph read = new Paragraph(3, Part.BODY, "A <em>b</em> c.", "A b c.", Optional.of("s"), List.of());
        Paragraph same = new Paragraph(3, Part.BODY, "A <em>b</em> c.", "A b c.", Optional.of("s"), List.of());
        Paragraph differs = new Paragraph(3, Part.BODY, "A <em>b</em> c.", "A c.", Optional.of("s"), List.of());
        assertEquals(read, same);
        assertEquals(read.hashCode(), same.hashCode());
        assertEquals("A c.", differs.text());
        org.junit.jupiter.api.Assertions.assertNotEquals(read, differs);
    }
}
