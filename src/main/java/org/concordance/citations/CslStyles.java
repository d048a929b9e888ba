package org.concordance.citations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The official CSL styles from the {@code org.citationstyles:styles} jar, as citeproc-java is given
 * them: unchanged, except for two conditions in the MLA style that citeproc-java 3.5 does not
 * implement (its {@code SIf} skips {@code disambiguate} and {@code locator} tests, treating the
 * first as always true and the second as always false):
 *
 * <ul>
 *   <li>{@code <if disambiguate="true">} adds the title to an in-text citation only when two works
 *       by the same author need telling apart. Each citation here is formatted alone, so that is
 *       never; citeproc-java would add it always ("(Moghadam, “Why Terrorist Actors Cooperate,”
 *       par. 1)"). The condition is removed.</li>
 *   <li>{@code <if locator="line page timestamp">} prints a page bare, as MLA does ("(Smith
 *       315)"), and other locators with their label ("(Moghadam, par. 1)"). For a citation with a
 *       page it is replaced by a test citeproc-java does implement ({@code variable="locator"}).</li>
 * </ul>
 * And one in the APA style, where citeproc-java gives a substituted {@code cs:names} its parent's
 * label instead of its own: the editor of the book a chapter is in would be "(Editor)" instead of
 * APA's "(Ed.)" (10.3). The parent, {@code container-author}, gets the short label; the library
 * never sets a container author, so nothing else changes.
 *
 * <p>A change is applied only where the expected text is found; if a new styles release moves it,
 * loading fails at start-up with a message saying so, instead of printing wrong citations.
 */
final class CslStyles {
    private static final String MLA_DISAMBIGUATE = """
                  <choose>
                    <if disambiguate="true">
                      <text macro="title-short"/>
                    </if>
                  </choose>
            """;
    private static final String APA_CONTAINER_AUTHOR = """
                <names variable="container-author">
                  <name and="symbol"/>
                  <label prefix=" (" suffix=")" text-case="title"/>
            """;
    private static final String MLA_LOCATOR = "<if locator=\"line page timestamp\" match=\"any\">";
    private static final Pattern PAGE_RANGE_FORMAT = Pattern.compile("<style\\b[^>]*\\bpage-range-format=\"([^\"]*)\"");
    private static final Pattern DEMOTE = Pattern.compile("<style\\b[^>]*\\bdemote-non-dropping-particle=\"([^\"]*)\"");

    private CslStyles() {
    }

    /**
     * The style's XML, ready for {@code new CSL(provider, xml)}.
     *
     * @param pages true for an engine that formats citations of pages (its {@code locator} test
     *     resolved to "a page is cited"); false for bibliography entries and other locators
     */
    static String xml(CitationStyle style, boolean pages) {
        String xml = read(style.cslName() + ".csl");
        if (style == CitationStyle.APA) {
            return replace(xml, APA_CONTAINER_AUTHOR, APA_CONTAINER_AUTHOR.replace("<label ", "<label form=\"short\" "), style);
        }
        if (style != CitationStyle.MLA) {
            return xml;
        }
        xml = replace(xml, MLA_DISAMBIGUATE, "", style);
        return pages ? replace(xml, MLA_LOCATOR, "<if variable=\"locator\">", style) : xml;
    }

    /** The style's {@code page-range-format} ("chicago-16", "expanded", "minimal-two"), or "" when it sets none. */
    static String pageRangeFormat(String xml) {
        Matcher format = PAGE_RANGE_FORMAT.matcher(xml);
        return format.find() ? format.group(1) : "";
    }

    /** The style's {@code demote-non-dropping-particle}, or "" when it sets none. */
    static String demoteParticles(String xml) {
        Matcher demote = DEMOTE.matcher(xml);
        return demote.find() ? demote.group(1) : "";
    }

    private static String replace(String xml, String expected, String replacement, CitationStyle style) {
        if (!xml.contains(expected)) {
            throw new IllegalStateException("the CSL style " + style.cslName() + " no longer contains the text a"
                    + " citeproc-java workaround expects: " + expected.strip());
        }
        return xml.replace(expected, replacement);
    }

    private static String read(String file) {
        try (InputStream in = CslStyles.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the CSL style " + file + " is not on the class path (org.citationstyles:styles)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSL style " + file, e);
        }
    }
}
