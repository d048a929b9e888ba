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
 * implement (its {@code SIf} skips {@code disambiguate} and {@code locator} tests: the first is
 * taken as true, the second as absent, so that a condition of a locator alone is true and one of
 * {@code match="any"} false):
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
 * Two in the Chicago style's {@code label-locator} macro, for a locator that is not a page:
 * {@code <if locator="page"/>}, taken as true, printed "5" where the style means "para. 5", and
 * is made false; {@code <else-if is-numeric="locator" locator="line">}, which would then be taken
 * as "any number" and labelled in full ("paragraph 5"), is made false too. An engine for pages
 * keeps both (a page is printed bare, as Chicago does). And one in the APA style, where
 * citeproc-java gives a substituted {@code cs:names} its parent's
 * label instead of its own: the editor of the book a chapter is in would be "(Editor)" instead of
 * APA's "(Ed.)" (10.3). The parent, {@code container-author}, gets the short label; the library
 * never sets a container author, so nothing else changes. And in all three, each {@code cs:names}
 * of several variables becomes a group of one per variable ({@link #namesOneByOne}): citeproc-java
 * writes the names' delimiter after a variable the item lacks ("Words. . Translated by").
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
    private static final String CHICAGO_PAGE_BARE = "<if locator=\"page\"/>";
    private static final String CHICAGO_LINE_LABELLED = "<else-if is-numeric=\"locator\" locator=\"line\">";
    /** A condition that is false wherever a locator is printed. */
    private static final String NEVER_WITH_A_LOCATOR = "variable=\"locator\" match=\"none\"";
    /** A {@code cs:names} of several variables with a delimiter and a body free of other names and substitutes. */
    private static final Pattern SEVERAL_NAMES = Pattern.compile(
            "<names delimiter=\"([^\"]*)\" variable=\"([a-z-]+(?: [a-z-]+)+)\">((?:(?!</?names\\b|<substitute\\b).)*?)</names>",
            Pattern.DOTALL);
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
        String xml = namesOneByOne(read(style.cslName() + ".csl"), style);
        if (style == CitationStyle.APA) {
            return replace(xml, APA_CONTAINER_AUTHOR, APA_CONTAINER_AUTHOR.replace("<label ", "<label form=\"short\" "), style);
        }
        if (style == CitationStyle.CHICAGO) {
            return pages ? xml : replace(replace(xml, CHICAGO_PAGE_BARE, "<if " + NEVER_WITH_A_LOCATOR + "/>", style),
                    CHICAGO_LINE_LABELLED, "<else-if " + NEVER_WITH_A_LOCATOR + ">", style);
        }
        if (style != CitationStyle.MLA) {
            return xml;
        }
        xml = replace(xml, MLA_DISAMBIGUATE, "", style);
        return pages ? replace(xml, MLA_LOCATOR, "<if variable=\"locator\">", style) : xml;
    }

    /**
     * {@code xml} with each {@code cs:names} that lists several variables and a delimiter made a
     * {@code cs:group} of one {@code cs:names} per variable, joined by that delimiter. citeproc-java
     * 3.5.2 writes the delimiter after a variable the item does not have ("Words. . Translated by
     * Ann Goldstein", "(; A. Goldstein, Trans.)"); a group writes it only between parts that print
     * (CSL 1.0.2, "Group"), as CSL asks of the names' own delimiter. The one difference, an editor
     * who is also the translator printed once with the combined term, citeproc-java does not do either.
     * Only elements with a body of their own ({@code cs:name}, {@code cs:label}) and no
     * {@code cs:substitute} are split; each of the three styles has some, or loading fails.
     */
    static String namesOneByOne(String xml, CitationStyle style) {
        Matcher names = SEVERAL_NAMES.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 4096);
        int split = 0;
        while (names.find()) {
            String body = names.group(3);
            StringBuilder group = new StringBuilder("<group delimiter=\"").append(names.group(1)).append("\">");
            for (String variable : names.group(2).split(" ")) {
                group.append("<names variable=\"").append(variable).append("\">").append(body).append("</names>");
            }
            names.appendReplacement(out, Matcher.quoteReplacement(group.append("</group>").toString()));
            split++;
        }
        names.appendTail(out);
        if (split == 0) {
            throw new IllegalStateException("the CSL style " + style.cslName() + " no longer has the several-variable"
                    + " cs:names a citeproc-java workaround expects");
        }
        return out.toString();
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
