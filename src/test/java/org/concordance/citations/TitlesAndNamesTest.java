package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.concordance.content.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Italics inside titles and particles in names, from a note to every form the app writes: pages,
 * CSL-JSON, BibTeX, RIS and each style. Issue 12: the italics came out as U+0001 and U+0002, and
 * "Anna van de Velde" as "Velde, A. v. d." in APA.
 */
class TitlesAndNamesTest {
    /** C0 and C1 control characters, none of which may leave the app. */
    static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    static final String READING = "Anna van de Velde, “Reading <em>Nexus of Global Jihad</em> alongside"
            + " <em>The Accidental Guerrilla</em>,” <em>Studies in Conflict</em> 41, no. 3 (2018): 205.";
    static final String BAGHDADI = "Abu Bakr al-Baghdadi, <em>A Message to the Mujahidin</em> (Raqqa: Al-Furqan, 2014), 4.";
    static final String KING = "Martin Luther King Jr., <em>Why We Can’t Wait</em> (New York: Harper &amp; Row, 1964), 12.";
    private static Bibliography bibliography;
    private static CitationFormatter formatter;

    @BeforeAll
    static void build() {
        bibliography = Bibliography.build(Libraries.withNotes(READING, BAGHDADI), References.none());
        formatter = CitationFormatter.create(bibliography.sentenceCase(), "Concordance");
    }

    private static Work reading() {
        return bibliography.works().stream().filter(w -> w.type() == WorkType.JOURNAL_ARTICLE).findFirst().orElseThrow();
    }

    private static Work message() {
        return bibliography.works().stream().filter(w -> w.type() == WorkType.BOOK).findFirst().orElseThrow();
    }

    @Test
    void theNoteParserKeepsItalicsInsideAQuotedTitleAsRunsWithoutMarkers() {
        Title title = reading().title().orElseThrow();
        assertThat(title.runs()).containsExactly(new Title.Run("Reading ", false), new Title.Run("Nexus of Global Jihad", true),
                new Title.Run(" alongside ", false), new Title.Run("The Accidental Guerrilla", true));
        assertThat(title.plain()).isEqualTo("Reading Nexus of Global Jihad alongside The Accidental Guerrilla");
        assertThat(title.html()).isEqualTo("Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>");
        assertThat(reading().displayTitle()).doesNotContainPattern(CONTROL.pattern());
    }

    @Test
    void everyStyleKeepsTheItalicsAndNeverPrintsTheAccidental() {
        for (CitationStyle style : CitationStyle.values()) {
            for (FormattedCitation cited : List.of(formatter.format(reading(), style), formatter.note(reading(), Optional.of("205"), style))) {
                assertThat(cited.text()).as(style.code()).doesNotContain("the Accidental").doesNotContainPattern(CONTROL.pattern())
                        .doesNotContain("\uE000").doesNotContain("\uE001");
                assertThat(cited.html()).as(style.code()).doesNotContain("&lt;i&gt;");
            }
            assertThat(formatter.format(reading(), style).html()).as(style.code())
                    .contains("<i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>");
        }
        // Chicago, journal articles, with a book title in the article's title kept in italics.
        assertThat(formatter.format(reading(), CitationStyle.CHICAGO).text()).isEqualTo("Velde, Anna van de. “Reading Nexus of Global"
                + " Jihad alongside The Accidental Guerrilla.” Studies in Conflict 41, no. 3 (2018).");
        // APA 7, 10.1 and 6.17: sentence case leaves a title within the title as written.
        assertThat(formatter.format(reading(), CitationStyle.APA).text()).isEqualTo("van de Velde, A. (2018). Reading Nexus of Global"
                + " Jihad alongside The Accidental Guerrilla. Studies in Conflict, 41(3).");
    }

    /**
     * Chicago's and MLA's title case leave a name's particle as written (CMOS 8.5; "al-" is lower-case
     * but where a sentence starts, 8.22) and a literal tag alone; APA keeps the name after it.
     */
    @Test
    void titleCaseLeavesParticlesAndLiteralTagsAsWritten() {
        Work work = Works.of(WorkType.BOOK, "smith-particles").author("Ann Smith")
                .title("Al-Shabaab and the &lt;i&gt; Element in the bin Laden Era: al-Qaeda about Martin van Creveld")
                .publisher("New York", "Penguin Press").year(2016).build();
        for (CitationStyle style : List.of(CitationStyle.CHICAGO, CitationStyle.MLA)) {
            assertThat(formatter.format(work, style).text()).as(style.code())
                    .contains("Al-Shabaab and the <i> Element in the bin Laden Era: Al-Qaeda about Martin van Creveld.");
        }
        assertThat(formatter.format(work, CitationStyle.APA).text())
                .contains("Al-Shabaab and the <i> element in the bin Laden era: Al-Qaeda about Martin van Creveld.");
    }

    /**
     * A title already in title case is not re-cased for the worse (a trial): the ʿayn written "‘"
     * inside a word starts no word ("al-Qa‘ida", not "al-Qa‘Ida"), and a word after an article is
     * no preposition ("The Inside Story", CMOS 8.159: a preposition used as an adjective is
     * capitalised), while a preposition stays lower-case ("inside Syria", "between").
     */
    @Test
    void titleCaseKeepsAnAynInsideAWordAndAnAdjectiveAfterAnArticle() {
        Work work = Works.of(WorkType.JOURNAL_ARTICLE, "lister-inside-story").author("Charles Lister")
                .title("How al-Qa‘ida Lost Control of its Syrian Affiliate: The Inside Story of the Near Enemy Inside Syria")
                .container("CTC Sentinel").volume("11", "2").year(2018).build();
        for (CitationStyle style : List.of(CitationStyle.CHICAGO, CitationStyle.MLA)) {
            assertThat(formatter.format(work, style).text()).as(style.code()).contains("“How al-Qa‘ida Lost Control of Its Syrian"
                    + " Affiliate: The Inside Story of the Near Enemy inside Syria.”");
        }
        Work bonds = Works.of(WorkType.BOOK, "byman-bonds").author("Daniel Byman")
                .title("Breaking the Bonds Between Qa‘ida and Its Affiliates: A Way Out").year(2012).build();
        assertThat(formatter.format(bonds, CitationStyle.CHICAGO).text())
                .contains("Breaking the Bonds between Qa‘ida and Its Affiliates: A Way Out.");
        assertThat(formatter.format(work, CitationStyle.APA).text())
                .contains("How al-Qa‘ida lost control of its Syrian affiliate: The inside story of the near enemy inside Syria.");
    }

    @Test
    void exportsCarryTheItalicsEachInItsOwnMarkup() {
        Work work = reading();
        assertThat(CslItems.item(work, CslItems.Target.export()).get("title"))
                .isEqualTo("Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>");
        assertThat(Exports.bibtex(work, bibliography.sentenceCase())).contains("title = {Reading \\emph{Nexus of Global Jihad} alongside \\emph{The Accidental Guerrilla}},");
        assertThat(Exports.ris(work)).contains("TI  - Reading Nexus of Global Jihad alongside The Accidental Guerrilla\n");
        for (ExportFormat format : ExportFormat.values()) {
            assertThat(Exports.of(bibliography.works(), format, bibliography.sentenceCase()).content()).as(format.extension())
                    .doesNotContainPattern(CONTROL.pattern()).doesNotContain("\uE000");
        }
    }

    @Test
    void aTitleFromCslJsonMarkupReadsItsItalics() {
        Title title = Title.fromMarkup("Reading <i>Nexus</i> &amp; <em>Guerrilla</em> <span class=\"nocase\">iPhone</span>");
        assertThat(title.html()).isEqualTo("Reading <i>Nexus</i> &amp; <i>Guerrilla</i> iPhone");
        assertThat(title.csl()).isEqualTo("Reading <i>Nexus</i> & <i>Guerrilla</i> iPhone");
        assertThat(Title.fromMarkup(title.csl())).isEqualTo(title);
        assertThat(Title.of("A\u0001 title\u0002\u0007").plain()).isEqualTo("A title");
    }

    @Test
    void particlesAreReadIntoTheirOwnField() {
        assertThat(Name.parse("Anna van de Velde")).isEqualTo(new Name("Velde", Optional.of("Anna"), Optional.of("van de"), Optional.empty(), Optional.empty()));
        assertThat(Name.parse("Abu Bakr al-Baghdadi")).isEqualTo(new Name("Baghdadi", Optional.of("Abu Bakr"), Optional.of("al-"), Optional.empty(), Optional.empty()));
        assertThat(Name.parse("Juana Inés de la Cruz").particle()).contains("de la");
        assertThat(Name.parse("Osama bin Laden").particle()).contains("bin");
        // Inverted with the Arabic comma, as with a Latin one (a trial: family "أحمد", given "الخطيب،").
        assertThat(Name.parse("الخطيب، أحمد")).isEqualTo(new Name("الخطيب", Optional.of("أحمد")));
        assertThat(Name.parse("Ursula von der Leyen").particle()).contains("von der");
        assertThat(Name.parse("Daphne du Maurier").particle()).contains("du");
        assertThat(Name.parse("Martin Van Buren")).isEqualTo(new Name("Van Buren", Optional.of("Martin")));
        assertThat(Name.parse("Di Wang")).isEqualTo(new Name("Wang", Optional.of("Di")));
        assertThat(Name.parse("Beethoven, Ludwig van")).isEqualTo(new Name("Beethoven", Optional.of("Ludwig"), Optional.empty(), Optional.of("van"), Optional.empty()));
        for (String written : List.of("Anna van de Velde", "Abu Bakr al-Baghdadi", "Juana Inés de la Cruz", "D. Byman", "Byman")) {
            Name name = Name.parse(written);
            assertThat(name.display()).isEqualTo(written);
            assertThat(Name.parse(name.inverted())).as(written).isEqualTo(name);
        }
        assertThat(reading().authors()).containsExactly(Name.parse("Anna van de Velde"));
    }

    /**
     * A generational suffix is the name's suffix, however it is written (found by a trial: "Ludwig
     * van Beethoven Jr." was exported with the family name "Jr.").
     */
    @Test
    void aSuffixIsReadIntoItsOwnFieldHoweverTheNameIsWritten() {
        Name king = new Name("King", Optional.of("Martin Luther"), Optional.empty(), Optional.empty(), Optional.of("Jr."));
        for (String written : List.of("Martin Luther King Jr.", "Martin Luther King, Jr.", "King, Martin Luther, Jr.",
                "King, Jr., Martin Luther", "King Jr., Martin Luther")) {
            assertThat(Name.parse(written)).as(written).isEqualTo(king);
        }
        assertThat(king.display()).isEqualTo("Martin Luther King Jr.");
        assertThat(king.inverted()).isEqualTo("King, Martin Luther, Jr.");
        assertThat(king.bibtex()).isEqualTo("King, Jr., Martin Luther");
        Name beethoven = Name.parse("Ludwig van Beethoven Jr.");
        assertThat(beethoven).isEqualTo(new Name("Beethoven", Optional.of("Ludwig"), Optional.of("van"), Optional.empty(), Optional.of("Jr.")));
        for (Name name : List.of(king, beethoven, Name.parse("Anna van de Velde"))) {
            assertThat(Name.parse(name.inverted())).as(name.inverted()).isEqualTo(name);
            assertThat(Name.parse(name.bibtex())).as(name.bibtex()).isEqualTo(name);
            assertThat(Name.parse(name.display())).as(name.display()).isEqualTo(name);
        }
        assertThat(king.compatible(Name.parse("Martin Luther King Sr."))).as("a father and his son").isFalse();
        assertThat(king.compatible(Name.parse("M. L. King"))).isTrue();
        assertThat(Name.parse("Jr.").family()).isEqualTo("Jr.");
        assertThat(Name.parse("II").family()).isEqualTo("II");
        Name ruler = Name.parse("Mohammed VI");
        assertThat(ruler).isEqualTo(new Name("Mohammed", Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("VI")));
        assertThat(ruler.inverted()).isEqualTo("Mohammed VI");
        assertThat(ruler.bibtex()).isEqualTo("Mohammed, VI, ");
        assertThat(Name.parse(ruler.inverted())).isEqualTo(ruler);
        assertThat(Name.parse(ruler.bibtex())).isEqualTo(ruler);
        assertThat(Name.parse("Malcolm X").family()).as("a lone X is a name, not a number").isEqualTo("X");
    }

    /**
     * A suffix follows the given name in an inverted name, as Chicago ("King, Martin Luther, Jr."),
     * APA ("King, M. L., Jr.") and MLA ("King, Martin Luther, Jr.") write it; in reading order it
     * follows the family name (a trial: APA printed "van Beethoven Jr., L.", every style "King Jr.,").
     */
    @Test
    void aSuffixFollowsTheGivenNameInAnInvertedName() {
        Bibliography withKing = Bibliography.build(Libraries.withNotes(KING,
                "Ludwig van Beethoven Jr., <em>Letters</em> (Vienna: Artaria, 1820), 3."), References.none());
        CitationFormatter styles = CitationFormatter.create(withKing.sentenceCase(), "Concordance");
        Work king = withKing.works().stream().filter(w -> w.displayTitle().startsWith("Why")).findFirst().orElseThrow();
        Work letters = withKing.works().stream().filter(w -> w.displayTitle().equals("Letters")).findFirst().orElseThrow();
        assertThat(styles.format(king, CitationStyle.CHICAGO).text()).startsWith("King, Martin Luther, Jr. Why We Can’t Wait.");
        assertThat(styles.format(king, CitationStyle.APA).text()).startsWith("King, M. L., Jr. (1964).");
        assertThat(styles.format(king, CitationStyle.MLA).text()).startsWith("King, Martin Luther, Jr. Why We Can’t Wait.");
        assertThat(styles.note(king, Optional.of("12"), CitationStyle.CHICAGO).text()).startsWith("Martin Luther King Jr., Why We Can’t Wait");
        assertThat(styles.format(letters, CitationStyle.CHICAGO).text()).startsWith("Beethoven, Ludwig van, Jr. Letters.");
        assertThat(styles.format(letters, CitationStyle.APA).text()).startsWith("van Beethoven, L., Jr. (1820).");
        // MLA's CSL file keeps a particle first ("van de Velde, Anna"; demote-non-dropping-particle "never").
        assertThat(styles.format(letters, CitationStyle.MLA).text()).startsWith("van Beethoven, Ludwig, Jr. Letters.");
        assertThat(styles.note(letters, Optional.of("3"), CitationStyle.APA).text()).isEqualTo("(van Beethoven, 1820, p. 3)");
        // APA's initials, made here for such a name as its CSL file asks for them.
        assertThat(CslNames.initials("Martin Luther")).isEqualTo("M. L.");
        assertThat(CslNames.initials("M.L.")).isEqualTo("M. L.");
        assertThat(CslNames.initials("J. R. R.")).isEqualTo("J. R. R.");
        assertThat(CslNames.initials("Jean-Paul")).isEqualTo("J.-P.");
        assertThat(CslNames.initials("\uD835\uDC00lia")).isEqualTo("\uD835\uDC00.");
    }

    @Test
    void namesAreOnePersonOnlyWhenTheirGivenNamesAgree() {
        assertThat(Name.parse("A. Moghadam").compatible(Name.parse("Assaf Moghadam"))).isTrue();
        assertThat(Name.parse("Moghadam").compatible(Name.parse("Assaf Moghadam"))).isTrue();
        assertThat(Name.parse("Dan Byman").compatible(Name.parse("Daniel L. Byman"))).isTrue();
        assertThat(Name.parse("Ábel Kovács").compatible(Name.parse("Abel Kovacs"))).isTrue();
        assertThat(Name.parse("J.-P. Filiu").compatible(Name.parse("Jean-Pierre Filiu"))).isTrue();
        // Two written-out given names that differ are two people, even with the same initial.
        assertThat(Name.parse("Anne Stenersen").compatible(Name.parse("Abū Muḥammad Stenersen"))).isFalse();
        assertThat(Name.parse("Daniel Byman").compatible(Name.parse("David Byman"))).isFalse();
        assertThat(Name.parse("B. Hoffman").compatible(Name.parse("A. Hoffman"))).isFalse();
        // Case aside, the shorter first name begins the longer, whichever is given first.
        assertThat(Name.parse("DANIEL Byman").compatible(Name.parse("dan Byman"))).isTrue();
        assertThat(Name.parse("d Byman").compatible(Name.parse("Daniel Byman"))).isTrue();
        assertThat(Name.parse("Dana Byman").compatible(Name.parse("Dan Byman"))).isTrue();
        assertThat(Name.parse("Dana Byman").compatible(Name.parse("Danie Byman"))).isFalse();
        assertThat(Name.parse("Àbel Kovács").compatible(Name.parse("A. Kovacs"))).isTrue();
        assertThat(Name.parse("Àbel Kovács").compatible(Name.parse("B. Kovacs"))).isFalse();
    }

    @Test
    void normalizingReadsEveryAsciiCharacterAsAnyOtherCharacterIsRead() {
        // ASCII is read without the general path; it must read each character as that path does.
        for (char c = 0; c < 0x80; c++) {
            int type = Character.getType(c);
            boolean kept = Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER;
            String expected = kept ? "x" + String.valueOf(c).toLowerCase(java.util.Locale.ROOT) + "y" : "x y";
            assertThat(Text.normalize("x" + c + "y")).as("character %d", (int) c).isEqualTo(expected);
        }
        assertThat(Text.normalize("  Al-Qa'ida's  2nd  WAR, é.")).isEqualTo("al qa ida s 2nd war e");
    }

    @Test
    void eachStylePlacesTheParticleAsItsGuideSays() {
        Work work = reading();
        // APA 7 (and its CSL file's demote-non-dropping-particle="never"): the particle stays with the surname.
        assertThat(formatter.format(work, CitationStyle.APA).text()).startsWith("van de Velde, A. (2018).");
        assertThat(formatter.note(work, Optional.of("205"), CitationStyle.APA).text()).isEqualTo("(van de Velde, 2018, p. 205)");
        // MLA 9 keeps it too; the in-text citation names the surname with its particle.
        assertThat(formatter.format(work, CitationStyle.MLA).text()).startsWith("van de Velde, Anna. “Reading");
        assertThat(formatter.note(work, Optional.of("205"), CitationStyle.MLA).text()).isEqualTo("(van de Velde 205)");
        // Chicago inverts the name under its main element (its CSL file: demote="display-and-sort")
        // and writes it in reading order in a note.
        assertThat(formatter.format(work, CitationStyle.CHICAGO).text()).startsWith("Velde, Anna van de. “Reading");
        assertThat(formatter.note(work, Optional.of("205"), CitationStyle.CHICAGO).text()).startsWith("Anna van de Velde, “Reading");
    }

    @Test
    void aJoinedParticleIsNeverSeparatedFromItsName() {
        Work work = message();
        assertThat(formatter.format(work, CitationStyle.APA).text()).startsWith("al-Baghdadi, A. B. (2014).");
        assertThat(formatter.format(work, CitationStyle.MLA).text()).startsWith("al-Baghdadi, Abu Bakr. A Message");
        // Chicago: an Arabic name is alphabetised under the element after al-, which follows the given name.
        assertThat(formatter.format(work, CitationStyle.CHICAGO).text()).startsWith("Baghdadi, Abu Bakr al-. A Message");
        assertThat(formatter.note(work, Optional.of("4"), CitationStyle.CHICAGO).text()).startsWith("Abu Bakr al-Baghdadi, A Message");
        for (CitationStyle style : CitationStyle.values()) {
            assertThat(formatter.format(work, style).text()).as(style.code()).doesNotContain("al- ");
        }
    }

    @Test
    void cslJsonWritesTheParticleInItsField() {
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> authors = (List<java.util.Map<String, Object>>) CslItems.item(reading(),
                CslItems.Target.export()).get("author");
        assertThat(authors).containsExactly(java.util.Map.of("family", "Velde", "given", "Anna", "non-dropping-particle", "van de"));
    }
}
