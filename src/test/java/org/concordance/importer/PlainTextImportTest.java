package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Paragraph;
import org.concordance.content.Title;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain texts as copied from PDFs and web pages: glued note blocks, "Notes" sections, wrapped lines, old encodings. */
class PlainTextImportTest {
    @TempDir
    Path folder;

    /**
     * A new user's trial: text copied from a PDF with no blank lines, its notes at each page's foot in
     * lines longer than the body's, a running head atop each page, section headings and a biography
     * last. Each wrapped line had become a paragraph and each paragraph's first line a heading, the
     * conclusion had gone into note 2 and the biography into note 3.
     */
    @Test
    void pdfTextWithoutBlankLinesKeepsItsParagraphsHeadingsNotesAndBiography() {
        String text = """
                Proxy Wars and the Politics of Militant Patronage
                Elena Marchetti and Jürgen Öztürk
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 45
                Abstract
                State sponsors have long shaped the behaviour of militant organi-
                zations, but the conditions under which patronage produces durable
                alliances remain poorly understood. This article examines “proxy
                relationships” in the Levant and South Asia, drawing on ﬁeld interviews
                and archival material.1
                Introduction
                Hezbollah’s relationship with Iran is often described as the archetype of
                state sponsorship. Yet the ﬂow of resources was never one-directional;
                the group’s ofﬁcers trained others in turn, and its efﬁciency in doing so
                surprised observers.2 The Lashkar-e-Taiba case, by contrast, shows how a
                patron can lose control of a client once the client’s own networks mature.
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 46
                The literature distinguishes between “thin” and “thick” patronage. Thin
                patronage involves money and weapons alone; thick patronage adds
                training, sanctuary and ideological guidance.3 The meetings of
                1998 were an example of thick patronage, as the files show.
                1 Daniel Byman, Deadly Connections: States that Sponsor Terrorism (Cambridge: Cambridge University Press, 2005), 12.
                2 Ibid., 45.
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 47
                Conclusion
                Patrons matter, but clients matter more. The cases examined here
                suggest that sponsorship is a relationship of mutual dependence, not
                command.
                3 Idean Salehyan, “The Delegation of War to Rebel Organizations,” Journal of Conﬂict Resolution 54, no. 3 (2010): 493–515.
                Elena Marchetti is Associate Professor of Political Science at the University of Bologna.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("pdf-copied article.txt", text));
        Document document = written.document();
        assertThat(document.headings()).extracting(org.concordance.content.Heading::text)
                .containsExactly("Abstract", "Introduction", "Conclusion", "About the author");
        assertThat(document.paragraphs()).extracting(Paragraph::text).satisfiesExactly(
                abstractText -> assertThat(abstractText).startsWith("State sponsors have long shaped the behaviour of militant"
                        + " organizations, but").endsWith("archival material."),
                introduction -> assertThat(introduction).startsWith("Hezbollah’s relationship").endsWith("as the files show."),
                conclusion -> assertThat(conclusion).isEqualTo("Patrons matter, but clients matter more. The cases examined here"
                        + " suggest that sponsorship is a relationship of mutual dependence, not command."),
                about -> assertThat(about).startsWith("Elena Marchetti is Associate Professor"));
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).containsExactly(
                java.util.List.of("1"), java.util.List.of("2", "3"), java.util.List.of(), java.util.List.of());
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Daniel Byman, Deadly Connections: States that Sponsor Terrorism (Cambridge: Cambridge University Press, 2005), 12.",
                "2 Ibid., 45.",
                "3 Idean Salehyan, “The Delegation of War to Rebel Organizations,” Journal of Conflict Resolution 54, no. 3"
                        + " (2010): 493–515.");
        // The running heads were taken out: no warning quotes one as where a paragraph begins.
        assertThat(written.report().warnings()).noneMatch(w -> w.contains("those beginning “Journal")
                || w.contains("the paragraph beginning “Journal"));
    }

    /**
     * The trial's article re-checked at 60 columns, its notes as {@code note1} (on the second page's
     * foot) and {@code lastNotes} (the third page's, with the biography), each given line by line.
     */
    private static String sixtyColumns(String note1, String lastNotes) {
        return """
                Proxy Wars and the Politics of Militant Patronage
                Elena Marchetti and Jurgen Ozturk
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 45
                Abstract
                State sponsors have long shaped the behaviour of militant
                organizations, but the conditions under which patronage
                produces durable alliances remain poorly understood. This
                article examines proxy relationships in the Levant and South
                Asia, drawing on field interviews and archival material.1
                Introduction
                Hezbollah's relationship with Iran is often described as the
                archetype of state sponsorship. Yet the flow of resources
                was never one-directional; the group's officers trained
                others in turn, and its efficiency in doing so surprised
                observers.2
                The Lashkar-e-Taiba case, by contrast, shows how a patron
                can lose control of a client once the client's own networks
                mature, and how quickly that happens.
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 46
                The literature distinguishes between thin and thick
                patronage. Thin patronage involves money and weapons alone;
                thick patronage adds training, sanctuary and ideological
                guidance.3 The Istanbul meetings of 1998 were an example of
                thick patronage, as the files show.
                """ + note1 + """
                2 Ibid., 45.
                Journal of Comparative Insurgency Volume 12, Number 3, Autumn 2019 | Page 47
                Conclusion
                Patrons matter, but clients matter more. The cases examined
                here suggest that sponsorship is a relationship of mutual
                dependence, not command.
                """ + lastNotes;
    }

    /**
     * A re-check of that trial at 60 columns: "Introduction" was glued to the abstract, whose last
     * sentence ends in a note's number ("archival material.1").
     */
    @Test
    void aHeadingAfterASentenceEndingInANoteNumberStandsAlone() {
        String text = sixtyColumns("""
                1 Daniel Byman, Deadly Connections: States that Sponsor Terrorism (Cambridge: Cambridge University Press, 2005), 12; see also the discussion in chapter four of the same book.
                """, """
                3 Idean Salehyan, The Delegation of War to Rebel Organizations, Journal of Conflict Resolution 54, no. 3 (2010): 493-515.
                Elena Marchetti is Associate Professor of Political Science at the University of Bologna, where she teaches comparative politics.
                """);
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("v60-notes.txt", text)).document();
        assertThat(document.headings()).extracting(org.concordance.content.Heading::text)
                .containsExactly("Abstract", "Introduction", "Conclusion", "About the author");
        assertThat(document.paragraphs()).extracting(Paragraph::text).first().asString().endsWith("archival material.");
        assertThat(document.notes()).extracting(n -> n.label()).containsExactly("1", "2", "3");
    }

    /**
     * A re-check at 60 columns with the notes wrapped as the body is: the biography, wrapped at the
     * same width after the last note, was taken into note 3.
     */
    @Test
    void aBiographyWrappedAfterTheLastNoteIsTheBiography() {
        String text = sixtyColumns("""
                1 Daniel Byman, Deadly Connections: States that Sponsor Terrorism
                (Cambridge: Cambridge University Press, 2005), 12; see also the
                discussion in chapter four of the same book.
                """, """
                3 Idean Salehyan, The Delegation of War to Rebel Organizations,
                Journal of Conflict Resolution 54, no. 3 (2010): 493-515.
                Elena Marchetti is Associate Professor of Political Science
                at the University of Bologna, where she teaches comparative
                politics.
                """);
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("v60-noteswrapped.txt", text)).document();
        assertThat(document.notes().get(2).text()).endsWith("(2010): 493-515.");
        assertThat(document.paragraphs()).extracting(Paragraph::text).last().asString()
                .isEqualTo("Elena Marchetti is Associate Professor of Political Science at the University of Bologna, where she"
                        + " teaches comparative politics.");
    }

    /** The same trial: "Conclusion", alone after a paragraph's last sentence, was glued to its end. */
    @Test
    void aShortLineAfterASentencesEndIsAHeadingNotTheParagraphsLastLine() {
        String text = """
                Proxy Wars and the Politics of Militant Patronage
                By Elena Marchetti
                Introduction
                Hezbollah's relationship with Iran is often described as the archetype of
                state sponsorship. Yet the flow of resources was never one-directional;
                the group's officers trained others in turn, and its efficiency in doing so
                surprised observers. The Lashkar-e-Taiba case, by contrast, shows how a
                patron can lose control of a client once the client's own networks mature.
                The literature distinguishes between thin and thick patronage. Thin
                patronage involves money and weapons alone; thick patronage adds
                training, sanctuary and ideological guidance. The meetings of
                1998 were an example of thick patronage, as the files show.
                Conclusion
                Patrons matter, but clients matter more. The cases examined here
                suggest that sponsorship is a relationship of mutual dependence, not
                command.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("glued.txt", text)).document();
        assertThat(document.headings()).extracting(org.concordance.content.Heading::text).containsExactly("Introduction", "Conclusion");
        assertThat(document.paragraphs()).extracting(Paragraph::text).first().asString().endsWith("as the files show.");
    }

    @Test
    void aGluedNoteBlockIsFoundAndNumbersInTheTextStayText() {
        String text = """
                Allies and Their Costs

                By Jane Doe and Omar Haddad

                Groups with allies are harder to defeat. The IRA reportedly received $2 million for training, and 98% of the \
                territory was lost by 2017.1 Yet (1) money and (2) training are not the whole story. In 1997, two groups \
                formalized an alliance. 2 They met again on May 30. Everything else followed from that meeting.3 Nothing was \
                the same after it. 1 Smith, Allies, 12. 2 Ibid., 14. 3 Jones, “Costs,” 3. 7
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("allies.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Allies and Their Costs");
        assertThat(document.metadata().authors()).containsExactly("Jane Doe", "Omar Haddad");
        assertThat(document.metadata().byline()).contains("By Jane Doe and Omar Haddad");
        Paragraph paragraph = document.paragraphs().get(0);
        assertThat(paragraph.text()).isEqualTo("Groups with allies are harder to defeat. The IRA reportedly received $2 million "
                + "for training, and 98% of the territory was lost by 2017. Yet (1) money and (2) training are not the whole "
                + "story. In 1997, two groups formalized an alliance. They met again on May 30. Everything else followed from "
                + "that meeting. Nothing was the same after it.");
        assertThat(paragraph.noteLabels()).containsExactly("1", "2", "3");
        assertThat(paragraph.html()).contains("by 2017.<sup", "an alliance.<sup", "that meeting.<sup", "$2 million", "98%",
                "(1) money and (2) training", "on May 30.");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text())
                .containsExactly("1 Smith, Allies, 12.", "2 Ibid., 14.", "3 Jones, “Costs,” 3.");
        assertThat(written.report().removed()).contains("page number: “7”");
    }

    /**
     * A number after an abbreviation that takes one ("no. 3", "vol. 2", "p. 4") is never a note's
     * label: a trial's notes, each on lines of its own, had note 3 cut at "no. 3 (2014)", its
     * citation glued to note 2, and nothing said.
     */
    @Test
    void aNumberAfterNoOrVolInANoteIsNotTheNextLabel() {
        String text = """
                Patterns of Militant Cooperation

                By Lena Fischer

                Groups that share a sanctuary are more likely to cooperate.1 Trust grows from common experience.2 The \
                evidence is strong.3 More letters exist.4

                1 Assaf Moghadam, Nexus of Global Jihad: Understanding Cooperation
                among Terrorist Actors (New York: Columbia University Press, 2017), 45.
                2 Tricia Bacon, Why Terrorist Groups Form International Alliances
                (Philadelphia: University of Pennsylvania Press, 2018), 112.
                3 Daniel Byman, “Buddies or Burdens? Understanding the Al Qaeda
                Relationship with Its Affiliates,” Security Studies 23, no. 3 (2014): 431–70.
                4 Ibid., 12.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("patterns.txt", text)).document();
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Assaf Moghadam, Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors (New York: Columbia"
                        + " University Press, 2017), 45.",
                "2 Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadelphia: University of Pennsylvania"
                        + " Press, 2018), 112.",
                "3 Daniel Byman, “Buddies or Burdens? Understanding the Al Qaeda Relationship with Its Affiliates,” Security"
                        + " Studies 23, no. 3 (2014): 431–70.",
                "4 Ibid., 12.");
    }

    /** Text copied from a PDF keeps its ligature glyphs ("ﬁ", "ﬂ"); they are written as their letters. */
    @Test
    void ligaturesAreWrittenAsTheirLetters() {
        String text = """
                The Conﬂict Over Allies

                By Jane Doe

                Groups with allies are harder to defeat: ﬁghters trained together stay together, and eﬃcient                 partners are rare.1

                1 Smith, Conﬂicts of Interest, 12.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("conflict.txt", text)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("The Conflict Over Allies");
        assertThat(document.paragraphs().get(0).text()).contains("fighters trained", "efficient partners");
        assertThat(document.notes()).extracting(n -> n.text()).containsExactly("Smith, Conflicts of Interest, 12.");
    }

    /**
     * A text in a script without capitals: its byline's name is a name, and its last sentence,
     * ending at "।", is not cut off (found by a trial: the byline became a heading, and the text
     * an excerpt "ending mid-sentence").
     */
    @Test
    void aTextInAScriptWithoutCapitalsKeepsItsBylineAndItsSentences() {
        String text = """
                आतंकवादी समूहों के बीच सहयोग

                By राम प्रसाद शर्मा

                समूह एक दूसरे के साथ सहयोग करते हैं। गठबंधन उन्हें लंबे समय तक जीवित रखते हैं।[1]

                [1] Bacon, Why Terrorist Groups Form International Alliances, 31.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("hindi.txt", text)).document();
        assertThat(document.metadata().authors()).containsExactly("राम प्रसाद शर्मा");
        assertThat(document.headings()).isEmpty();
        assertThat(document.metadata().excerpt()).isEmpty();
        assertThat(document.paragraphs()).singleElement().extracting(Paragraph::noteLabels, InstanceOfAssertFactories.list(String.class))
                .containsExactly("1");

        String chinese = """
                恐怖组织之间的合作

                By 王小明

                恐怖组织常常彼此合作。联盟使它们存活得更久。
                """;
        Document zh = imports.written(imports.file("zh.txt", chinese)).document();
        // A one-line paragraph ending at "。" before a longer one is a paragraph, not a heading.
        String shortFirst = """
                恐怖组织之间的联盟

                这是一句话。

                恐怖组织常常彼此合作，联盟使它们存活得更久，也使它们更加危险，这一点在许多地区都可以看到。
                """;
        Document zhShort = imports.written(imports.file("zh-short.txt", shortFirst)).document();
        assertThat(zhShort.headings()).isEmpty();
        assertThat(zhShort.paragraphs()).hasSize(2);
        assertThat(zh.metadata().authors()).containsExactly("王小明");
        assertThat(zh.paragraphs()).extracting(Paragraph::text).containsExactly("恐怖组织常常彼此合作。联盟使它们存活得更久。");
        assertThat(zh.metadata().excerpt()).isEmpty();
    }

    /**
     * A tester's texts with bylines in Russian, Chinese and Hebrew: each became a section heading and
     * no author was recorded, where "By …" and Arabic "بقلم …" give the byline and the authors.
     */
    @Test
    void aBylineInRussianChineseOrHebrewGivesTheAuthors() {
        Imports imports = new Imports(folder);
        String russian = """
                Почему террористические группы заключают союзы

                Автор: Иван Петров

                Террористические организации редко действуют в одиночку. Они обмениваются оружием и опытом.
                """;
        String chinese = """
                恐怖组织为何结盟

                作者：王小明

                恐怖组织之间的合作由来已久。弱小的组织寻求资源。
                """;
        String hebrew = """
                בריתות בין ארגוני טרור

                מאת דנה כהן

                ארגוני טרור משתפים פעולה מסיבות רבות. ארגון חלש מחפש משאבים.
                """;
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("Иван Петров", russian);
        texts.put("王小明", chinese);
        texts.put("דנה כהן", hebrew);
        int i = 0;
        for (java.util.Map.Entry<String, String> text : texts.entrySet()) {
            Document document = imports.written(imports.file("byline-" + i++ + ".txt", text.getValue())).document();
            assertThat(document.metadata().authors()).containsExactly(text.getKey());
            assertThat(document.metadata().byline()).contains(text.getValue().lines().filter(l -> l.contains(text.getKey()))
                    .findFirst().orElseThrow().strip());
            assertThat(document.headings()).isEmpty();
            assertThat(document.paragraphs()).hasSize(1);
        }
    }

    @Test
    void aHeadRepeatedOnEveryPageWithItsNumberIsTakenOut() {
        String text = """
                Rivals Who Cooperate

                By Jane Doe

                Rival groups sometimes share training camps when a common enemy presses them hard enough.

                Journal of Conflict Studies | Page 15

                The camps close again once the pressure lifts, and the rivalry returns.

                Journal of Conflict Studies | Page 16

                Some of the trainers stay, which keeps a channel open between the rivals.

                Journal of Conflict Studies | Page 17

                Table 2

                That channel is what a later alliance is built on.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("rivals.txt", text));
        Document document = written.document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).noneMatch(t -> t.contains("Journal of Conflict Studies"))
                .contains("That channel is what a later alliance is built on.");
        assertThat(written.report().removed()).contains("running head: “Journal of Conflict Studies | Page 15”",
                "running head: “Journal of Conflict Studies | Page 17”").noneMatch(r -> r.contains("Table 2"));
    }

    /**
     * Sentences that differ only by a rising number are the text, not a running head (a hostile
     * tester's: "The group met again in 1998.", "… 1999.", "… 2000." were taken out as heads).
     */
    @Test
    void sentencesThatDifferOnlyByARisingNumberAreKept() {
        String text = """
                A Short Essay on Meetings

                The groups first met in secret to discuss the plan.

                The group met again in 1998.

                The group met again in 1999.

                The group met again in 2000.

                Round 1 ended without agreement.

                Round 2 ended without agreement.

                Round 3 ended without agreement!

                After that the alliance dissolved for good.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("meetings.txt", text));
        assertThat(written.document().paragraphs()).extracting(Paragraph::text).containsExactly(
                "The groups first met in secret to discuss the plan.", "The group met again in 1998.", "The group met again in 1999.",
                "The group met again in 2000.", "Round 1 ended without agreement.", "Round 2 ended without agreement.",
                "Round 3 ended without agreement!", "After that the alliance dissolved for good.");
        assertThat(written.report().removed()).noneMatch(r -> r.startsWith("running head"));
    }

    @Test
    void notesUnderANotesHeadingAreMatchedToBracketedMarkers() {
        String text = """
                Pledges and Provinces

                The group accepted pledges from distant allies.[1] Each pledge made a province.[2]

                The provinces kept their own leaders, and [12] marks a claim the group never proved.[3]

                Notes

                [1] Bacon, "Allies Poised," 2.
                [2] Ibid.
                [3] Moghadam, Nexus of Global Jihad,
                    88–90.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("pledges.txt", text));
        Document document = written.document();
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).extracting(Object::toString)
                .containsExactly("[1, 2]", "[3]");
        assertThat(document.paragraphs().get(1).text())
                .isEqualTo("The provinces kept their own leaders, and [12] marks a claim the group never proved.");
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("may be a note marker") && w.contains("[12]"));
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text())
                .containsExactly("1 Bacon, \"Allies Poised,\" 2.", "2 Ibid.", "3 Moghadam, Nexus of Global Jihad, 88–90.");
        assertThat(document.headings()).isEmpty();
    }

    /**
     * A web page's notes copied (or printed to PDF) with their back-link arrows: the "↩" ending each
     * note is the page's control, not the note's words (a trial: every note ended "… 212. ↩").
     */
    @Test
    void theBackLinkArrowEndingEachNoteIsNotKept() {
        String text = """
                Pledges and Provinces

                The group accepted pledges from distant allies.[1] Each pledge made a province.[2]

                Notes

                [1] Bacon, "Allies Poised," 2. ↩
                [2] Ibid.↩︎
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("arrows.txt", text)).document();
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text())
                .containsExactly("1 Bacon, \"Allies Poised,\" 2.", "2 Ibid.");
    }

    @Test
    void aNoteThatNothingCitesIsKeptAsAParagraphAfterTheBiography() {
        String text = """
                Three Notes, Two Markers

                By Jane Doe

                The first claim is cited.[1] The second is not, though a note was written for it. The third is cited.[3]

                Jane Doe is a lecturer in security studies.

                Notes

                [1] Smith, Allies, 12.
                [2] Jones, Costs, 4.
                [3] Ibid., 14.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("three.txt", text));
        Document document = written.document();
        assertThat(document.notes()).extracting(n -> n.label()).containsExactly("1", "3");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The first claim is cited. The second is not, though a note was written for it. The third is cited.",
                "2 Jones, Costs, 4.",
                "Jane Doe is a lecturer in security studies.");
        assertThat(document.paragraphs().get(2).part()).isEqualTo(org.concordance.content.Part.ABOUT);
        assertThat(written.report().warnings())
                .anyMatch(w -> w.startsWith("note 2 has no marker in the text; kept as paragraphs at the end"));
    }

    @Test
    void notesAtTheFootOfEachPageStayNotesAndTheNextPagesTextStaysText() {
        // As copied from a PDF: each page's notes at its foot, then its number, then the next page.
        String text = """
                Sanctuary and Alliance

                By Maria Hernández

                Scholars have long observed that terrorist organizations rarely act
                alone.¹ Yet the conditions under which a group seeks an ally remain
                poorly understood.²

                1 Tricia Bacon, Why Terrorist Groups Form International Alliances
                (Philadelphia: University of Pennsylvania Press, 2018), 12.
                2 Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University
                Press, 2017), 45–47.

                14

                The Algerian GSPC offers an instructive example. After years of
                pressure, its leaders began to court Al Qaeda openly.³

                3 Byman, “Buddies or Burdens?” 442.

                15
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("pagefeet.txt", text));
        Document document = written.document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Scholars have long observed that terrorist organizations rarely act alone. Yet the conditions under which"
                        + " a group seeks an ally remain poorly understood.",
                "The Algerian GSPC offers an instructive example. After years of pressure, its leaders began to court"
                        + " Al Qaeda openly.");
        assertThat(document.paragraphs()).extracting(p -> p.noteLabels().toString()).containsExactly("[1, 2]", "[3]");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadelphia: University of"
                        + " Pennsylvania Press, 2018), 12.",
                "2 Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University Press, 2017), 45–47.",
                "3 Byman, “Buddies or Burdens?” 442.");
        assertThat(written.report().removed()).contains("page number: “14”", "page number: “15”");
        assertThat(written.report().warnings()).noneMatch(w -> w.contains("no marker"));
    }

    @Test
    void aPagesTextRunIntoItsFirstNoteWithoutABlankLineStaysApartFromIt() {
        String text = """
                Sanctuary and Alliance

                Scholars have long observed that terrorist organizations rarely act
                alone.¹ Yet the conditions under which a group seeks an ally remain
                poorly understood.²

                1 Tricia Bacon, Why Terrorist Groups Form International Alliances, 12.
                2 Assaf Moghadam, Nexus of Global Jihad, 45–47.

                14

                The Algerian GSPC offers an instructive example. After years of
                pressure, its leaders began to court Al Qaeda openly.³
                3 Byman, “Buddies or Burdens?” 442.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("runon.txt", text)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).last().isEqualTo(
                "The Algerian GSPC offers an instructive example. After years of pressure, its leaders began to court"
                        + " Al Qaeda openly.");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Tricia Bacon, Why Terrorist Groups Form International Alliances, 12.",
                "2 Assaf Moghadam, Nexus of Global Jihad, 45–47.",
                "3 Byman, “Buddies or Burdens?” 442.");
    }

    @Test
    void aParagraphOfTwoLinesWhoseLastLineIsShortIsOneParagraph() {
        String text = """
                A Second Test of Wrapped Lines

                By Ana Ruiz

                The Algerian GSPC offers an instructive example. After years of
                pressure, the group had lost most of its rural strongholds.1

                Lashkar-e-Jhangvi followed a similar path.2 In both cases, the weaker
                partner traded autonomy for survival.

                Notes

                1. Byman, “Buddies or Burdens?” 442.
                2. Bacon, Why Terrorist Groups Form International Alliances, 88.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("wrapped.txt", text)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The Algerian GSPC offers an instructive example. After years of pressure, the group had lost most of its"
                        + " rural strongholds.",
                "Lashkar-e-Jhangvi followed a similar path. In both cases, the weaker partner traded autonomy for survival.");
        assertThat(document.notes()).extracting(n -> n.label()).containsExactly("1", "2");
    }

    @Test
    void aTitleAndABylineOnTwoLinesStayTwoLines() {
        String text = """
                Why Terrorist Groups Form International Alliances
                By Tricia Bacon

                Groups with allies are harder to defeat, and the record of the last decades shows it clearly.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("byline.txt", text)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Why Terrorist Groups Form International Alliances");
        assertThat(document.metadata().authors()).containsExactly("Tricia Bacon");
    }

    /**
     * A tester's PDF text whose title wrapped onto a second line: the title was cut to "…Chose Its",
     * "Partners" became the first paragraph, the short lines atop the text (the title's two, the
     * byline) made it seem not wrapped, so each wrapped line was a paragraph and two were headings.
     */
    @Test
    void aTitleWrappedOntoTwoLinesAboveItsBylineIsOneTitleAndTheWrappedLinesAreJoined() {
        String text = """
                Brokers and Hubs: How Al-Shabaab Chose Its
                Partners
                By Samuel Okonkwo, January 4, 2019
                Al-Shabaab's alliance with al-Qaeda was announced in 2012, after years
                of informal cooperation between the two organizations.1 The group had
                sought the tie since at least 2009, when its leaders pledged allegiance
                in a video. Yet al-Qaeda's leader hesitated, fearing the group's brutality
                would tarnish his brand.2
                The delay shows that the stronger party chooses. Al-Shabaab needed
                money and expertise; al-Qaeda needed a foothold in East Africa, but
                not at any price. The alliance was finally made public only after bin
                Laden's death.
                Hubs in the Horn of Africa
                Al-Shabaab soon became a hub in its own right, linking fighters from
                Kenya, Tanzania and Uganda to the wider movement.3 Its rivalry with the
                Islamic State's Somali faction began in 2015.
                1 Stig Jarle Hansen, Al-Shabaab in Somalia (London: Hurst, 2013),
                45.
                2 Ibid., 52.
                3 Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadel-
                phia: University of Pennsylvania Press, 2018), 201.
                Samuel Okonkwo is Associate Professor of Political Science at the
                University of Lagos.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("wrapped title.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Brokers and Hubs: How Al-Shabaab Chose Its Partners");
        // The slug of the whole title: its eight words as written, "Al-Shabaab" one (it was "…-chose-its", the first line's).
        assertThat(document.slug()).isEqualTo("brokers-and-hubs-how-al-shabaab-chose-its-partners");
        assertThat(document.metadata().authors()).containsExactly("Samuel Okonkwo");
        assertThat(document.headings()).extracting(org.concordance.content.Heading::text)
                .containsExactly("Hubs in the Horn of Africa", "About the author");
        assertThat(document.paragraphs()).extracting(Paragraph::text).satisfiesExactly(
                first -> assertThat(first).startsWith("Al-Shabaab's alliance with al-Qaeda was announced in 2012, after years"
                        + " of informal cooperation").endsWith("would tarnish his brand."),
                second -> assertThat(second).startsWith("The delay shows").endsWith("after bin Laden's death."),
                third -> assertThat(third).startsWith("Al-Shabaab soon became a hub").endsWith("began in 2015."),
                about -> assertThat(about).isEqualTo("Samuel Okonkwo is Associate Professor of Political Science at the"
                        + " University of Lagos."));
        assertThat(document.notes()).hasSize(3);
        // Whether "Partners" was a subtitle the lines cannot tell: said so.
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("“Brokers and Hubs: How Al-Shabaab Chose Its”"
                + " and “Partners” above the byline as one title"));
    }

    /** The text under a title and byline: two paragraphs, two notes, as copied from a PDF. */
    private static final String OKONKWO = """
                Al-Shabaab's alliance with al-Qaeda was announced in 2012, after years
                of informal cooperation between the two organizations.1 The group had
                sought the tie since at least 2009, when its leaders pledged allegiance
                in a video. Yet al-Qaeda's leader hesitated, fearing the group's brutality
                would tarnish his brand.2
                The delay shows that the stronger party chooses. Al-Shabaab needed
                money and expertise; al-Qaeda needed a foothold in East Africa, but
                not at any price. The alliance was finally made public only after bin
                Laden's death.
                1 Stig Jarle Hansen, Al-Shabaab in Somalia (London: Hurst, 2013),
                45.
                2 Ibid., 52.
                """;

    /**
     * A title wrapped onto three lines above its byline (a tester's PDF copy): only its first line was
     * taken for the title, or none of it when its second line begins in lower case, as here (the text
     * was left untitled).
     */
    @Test
    void aTitleWrappedOntoThreeLinesAboveItsBylineIsOneTitle() {
        String text = """
                Brokers and Hubs: How Al-Shabaab and Its Rivals
                in the Horn of Africa Chose Their Allies and
                Their Partners
                By Samuel Okonkwo, January 4, 2019
                """ + OKONKWO;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("wrapped title.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Brokers and Hubs: How Al-Shabaab and Its Rivals"
                + " in the Horn of Africa Chose Their Allies and Their Partners");
        assertThat(document.metadata().authors()).containsExactly("Samuel Okonkwo");
        assertThat(document.headings()).isEmpty();
        assertThat(document.paragraphs()).extracting(Paragraph::text).satisfiesExactly(
                first -> assertThat(first).startsWith("Al-Shabaab's alliance with al-Qaeda"),
                second -> assertThat(second).startsWith("The delay shows").endsWith("after bin Laden's death."));
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("“Brokers and Hubs: How Al-Shabaab and Its Rivals”,"
                + " “in the Horn of Africa Chose Their Allies and” and “Their Partners” above the byline as one title"));
    }

    /**
     * A subtitle on a line of its own under the title, longer than it, above the byline (a tester's
     * PDF copy): it became the text's first section heading. It is the title's subtitle, after a colon,
     * as a citation gives it (a document's metadata has no field of its own for one), and reported.
     */
    @Test
    void aLongSubtitleLineAboveTheBylineIsTheTitlesSubtitle() {
        String text = """
                Brokers and Hubs
                How Al-Shabaab Chose Its Partners in the Horn of Africa, 2009 to 2019
                By Samuel Okonkwo, January 4, 2019
                """ + OKONKWO;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("subtitled.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Brokers and Hubs: How Al-Shabaab Chose Its Partners"
                + " in the Horn of Africa, 2009 to 2019");
        assertThat(document.metadata().authors()).containsExactly("Samuel Okonkwo");
        assertThat(document.headings()).isEmpty();
        assertThat(document.paragraphs()).extracting(Paragraph::text).first().asString().startsWith("Al-Shabaab's alliance");
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("“How Al-Shabaab Chose Its Partners in the Horn of Africa,"
                + " 2009 to 2019” under the title “Brokers and Hubs” above the byline as its subtitle"));
    }

    /** Text copied from a Taylor & Francis PDF (a trial): the notes at each page's foot, then the next page's head. */
    private static final String TAYLOR_AND_FRANCIS = """
            Shared Sanctuary and the Logic of Militant Alliances

            Elena Marchetti and David R. Okafor

            Introduction
            In the summer of 2008, al-Qaida's leaders in North Waziristan depended on the Haqqani
            Network for protection, transport and recruits.1 The relationship was neither new nor
            uncontroversial: Jalaluddin Haqqani had hosted Arab volunteers since the mid-1980s.2 Yet
            the durability of the partnership has puzzled observers who expected the Taliban's
            "Islamic Emirate" to sacrifice foreign fighters for recognition.3 Scholars have proposed
            two explanations. The first stresses shared ideology; the second, material interdepen-
            dence.4 Neither accounts for the timing of the closer cooperation that followed the 2001
            1. Don Rassler and Vahid Brown, The Haqqani Nexus and the Evolution of al-Qa'ida (West
            Point, NY: Combating Terrorism Center, 2011), 12.
            2. Ibid., 15–17.
            3. Thomas Ruttig, "How Tribal Are the Taleban?," Afghanistan Analysts Network Thematic
            Report 04/2010 (2010): 8.
            4. Tricia Bacon, "Alliance Hubs: Focal Points in the International Terrorist Landscape,"
            Perspectives on Terrorism 8, no. 4 (2014): 4–26.
            290 E. MARCHETTI AND D. R. OKAFOR
            invasion, when both groups lost their bases in eastern Afghanistan and moved to the same
            valleys.
            Shared sanctuary
            We define a shared sanctuary as a territory in which two or more armed groups operate
            openly and which the state does not control. In such a territory, groups meet daily,
            marry into each other's families, and trade in the same markets.5 These ties make
            cooperation cheap and defection costly.
            5. Rassler and Brown, Haqqani Nexus, 33.
            STUDIES IN CONFLICT & TERRORISM 291
            The Haqqanis paid roughly $2 million a year to local tribes in 2009, according to one
            estimate, and 98% of their fighters were recruited within a day's walk.6
            6. Ibid.
            """;

    /**
     * A Taylor & Francis article copied from its PDF (a trial): its heads, a page number and the
     * authors in capitals, the journal's name in capitals and a page number, were not known as heads.
     * Note 4 took in the head, the rest of the sentence the page break cut, a heading and a
     * paragraph, and note 5 became a paragraph. Each page's notes end at the next page's head, and
     * the sentence goes on across the break.
     */
    @Test
    void headsInCapitalsWithAPageNumberEndEachPagesNotesAndTheSentenceGoesOnAcrossThem() {
        // Also with note 4's last line long, so the head is no line of its own but within the note's block.
        String longNote = TAYLOR_AND_FRANCIS.replace("(2014): 4–26.\n", "(2014): 4–26; see also Bacon, Why Terrorist Groups Form.\n");
        for (String copy : new String[] {TAYLOR_AND_FRANCIS, longNote}) {
            headsInCapitals(new Imports(folder.resolve(copy == longNote ? "long" : "short")), copy);
        }
    }

    private static void headsInCapitals(Imports imports, String copy) {
        Imports.Written written = imports.written(imports.file("pdfcopy-footnotes.txt", copy));
        Document document = written.document();
        assertThat(document.headings()).extracting(org.concordance.content.Heading::text)
                .containsExactly("Introduction", "Shared sanctuary");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "In the summer of 2008, al-Qaida's leaders in North Waziristan depended on the Haqqani Network for protection,"
                        + " transport and recruits. The relationship was neither new nor uncontroversial: Jalaluddin Haqqani had"
                        + " hosted Arab volunteers since the mid-1980s. Yet the durability of the partnership has puzzled"
                        + " observers who expected the Taliban's \"Islamic Emirate\" to sacrifice foreign fighters for"
                        + " recognition. Scholars have proposed two explanations. The first stresses shared ideology; the second,"
                        + " material interdependence. Neither accounts for the timing of the closer cooperation that followed"
                        + " the 2001 invasion, when both groups lost their bases in eastern Afghanistan and moved to the same"
                        + " valleys.",
                "We define a shared sanctuary as a territory in which two or more armed groups operate openly and which the"
                        + " state does not control. In such a territory, groups meet daily, marry into each other's families,"
                        + " and trade in the same markets. These ties make cooperation cheap and defection costly.",
                "The Haqqanis paid roughly $2 million a year to local tribes in 2009, according to one estimate, and 98% of"
                        + " their fighters were recruited within a day's walk.");
        assertThat(document.paragraphs()).extracting(p -> p.noteLabels().toString()).containsExactly("[1, 2, 3, 4]", "[5]", "[6]");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Don Rassler and Vahid Brown, The Haqqani Nexus and the Evolution of al-Qa'ida (West Point, NY: Combating"
                        + " Terrorism Center, 2011), 12.",
                "2 Ibid., 15–17.",
                "3 Thomas Ruttig, \"How Tribal Are the Taleban?,\" Afghanistan Analysts Network Thematic Report 04/2010 (2010): 8.",
                "4 Tricia Bacon, \"Alliance Hubs: Focal Points in the International Terrorist Landscape,\" Perspectives on"
                        + " Terrorism 8, no. 4 (2014): 4–26" + (copy.contains("see also") ? "; see also Bacon, Why Terrorist"
                        + " Groups Form." : "."),
                "5 Rassler and Brown, Haqqani Nexus, 33.",
                "6 Ibid.");
        assertThat(written.report().removed()).contains("running head: “290 E. MARCHETTI AND D. R. OKAFOR”",
                "running head: “STUDIES IN CONFLICT & TERRORISM 291”");
        assertThat(written.report().warnings()).noneMatch(w -> w.contains("no marker"));
        // Nothing it states is kept: the journal's name without its volume does not cite it.
        assertThat(document.metadata().venue()).isEmpty();
    }

    /**
     * The same article as its PDF copies it, with the line Taylor & Francis prints atop the first
     * page to cite it (a trial): that line was the title, and the title and authors were paragraphs.
     */
    @Test
    void aTaylorAndFrancisCitationLineGivesTheJournalAndIsTakenOut() {
        String article = """
                Shared Sanctuary and the Logic of Militant Alliances

                Elena Marchetti and David R. Okafor

                Department of War Studies, King's College London, London, UK

                Introduction
                In the summer of 2008, al-Qaida's leaders in North Waziristan depended on the Haqqani
                Network for protection, transport and recruits.1 The relationship was neither new nor
                uncontroversial: Jalaluddin Haqqani had hosted Arab volunteers since the mid-1980s.2

                1. Don Rassler and Vahid Brown, The Haqqani Nexus and the Evolution of al-Qa'ida (West
                Point, NY: Combating Terrorism Center, 2011), 12.
                2. Ibid., 15–17.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("pdfcopy-article.txt",
                "Studies in Conflict & Terrorism, 38:4, 289–305, 2015\n\n" + article));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Shared Sanctuary and the Logic of Militant Alliances");
        assertThat(document.metadata().authors()).containsExactly("Elena Marchetti", "David R. Okafor");
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.JOURNAL_ARTICLE);
        assertThat(document.metadata().venue()).contains("Studies in Conflict & Terrorism");
        assertThat(document.metadata().volume()).contains("38");
        assertThat(document.metadata().issue()).contains("4");
        assertThat(document.metadata().pages()).contains("289–305");
        assertThat(document.metadata().year()).hasValue(2015);
        assertThat(written.report().removed()).contains("running head: “Studies in Conflict & Terrorism, 38:4, 289–305, 2015”");
        // The text is what it is without the line.
        Imports control = new Imports(folder.resolve("without"));
        Document without = control.written(control.file("pdfcopy-article.txt", article)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(without.paragraphs().stream().map(Paragraph::text).toList());
        assertThat(document.notes()).hasSameSizeAs(without.notes()).hasSize(2);
    }

    /**
     * The same text under its journal's running heads, with the journal's name again on a line of
     * its own above the title (a tester's PDF copy): that line was the title.
     */
    @Test
    void theJournalsNameOnALineAboveTheTitleIsNoTitle() {
        String text = """
                Journal of Conflict Studies Volume 9, Number 1, Winter 2019 | Page 15
                Journal of Conflict Studies
                Brokers and Hubs: How Al-Shabaab Chose Its Partners
                By Samuel Okonkwo, January 4, 2019
                Al-Shabaab's alliance with al-Qaeda was announced in 2012, after years
                of informal cooperation between the two organizations. The group had
                sought the tie since at least 2009, when its leaders pledged allegiance
                in a video. Yet al-Qaeda's leader hesitated, fearing the group's brutality
                would tarnish his brand.
                Journal of Conflict Studies Volume 9, Number 1, Winter 2019 | Page 16
                The delay shows that the stronger party chooses. Al-Shabaab needed
                money and expertise; al-Qaeda needed a foothold in East Africa, but
                not at any price. The alliance was finally made public only after bin
                Laden's death.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("journal copy.txt", text));
        assertThat(written.document().metadata().title().map(Title::plain)).contains("Brokers and Hubs: How Al-Shabaab Chose Its Partners");
        assertThat(written.document().metadata().venue()).contains("Journal of Conflict Studies");
        assertThat(written.document().paragraphs()).extracting(Paragraph::text).noneMatch(p -> p.contains("Journal of Conflict Studies"));
        assertThat(written.report().removed()).anyMatch(line -> line.startsWith("the journal's name printed above the title"));
        // Without that line, the running head atop the text made the title and byline one paragraph, and the text untitled.
        Imports again = new Imports(folder.resolve("headed"));
        Imports.Written headed = again.written(again.file("journal copy.txt", text.replace("Journal of Conflict Studies\nBrokers", "Brokers")));
        assertThat(headed.document().metadata().title().map(Title::plain)).contains("Brokers and Hubs: How Al-Shabaab Chose Its Partners");
        assertThat(headed.document().metadata().authors()).containsExactly("Samuel Okonkwo");
        assertThat(headed.document().paragraphs().get(0).text()).startsWith("Al-Shabaab's alliance with al-Qaeda");
    }

    /**
     * A blog post copied with its page's furniture (a trial): a user name's post details and a share
     * line naming its buttons stayed in the text. A name of two words is left to be read as a byline.
     */
    @Test
    void aBlogsPostDetailsWithAUserNameAndItsShareButtonsAreTakenOut() {
        String text = """
                March 3, 2020
                Posted by admin in Uncategorized

                Hezbollah and Hamas

                Hezbollah trained Hamas fighters in the 1990s. The ties deepened later.

                Share this: Facebook Twitter
                Leave a comment
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("blog copy.txt", text));
        assertThat(written.report().removed()).contains("categories: “Posted by admin in Uncategorized”",
                "share buttons: “Share this: Facebook Twitter”");
        assertThat(written.document().paragraphs()).extracting(Paragraph::text)
                .noneMatch(p -> p.contains("Posted by") || p.contains("Share this"));
        assertThat(Boilerplate.line("Posted by Jane Roe in Analysis")).isEmpty();
    }

    /**
     * A blog post copied from the browser (a trial): its share block, "Share this:" and a network name
     * on each line, stands above the notes or below them. It was taken for the page's tail, and all
     * after it went with it: the notes (the import refused a text that cites notes but holds none) or
     * the author's biography. Only "Related posts" ends the text.
     */
    @Test
    void aShareBlockIsTakenOutByItselfAndTheNotesAndBiographyAfterItAreRead() {
        String share = """
                Share this:
                Twitter
                Facebook
                LinkedIn
                """;
        String notes = """
                Notes
                [1] Tricia Bacon, "Hurdles to International Terrorist Alliances," Terrorism and Political Violence 29, no. 1 (2017): 79–101.
                [2] Bacon, "Hurdles," 85.
                """;
        String text = """
                Why Jihadist Mergers Fail
                By Rachel K. Ostrowski | June 8, 2022

                Mergers between jihadist groups are rare, and most of them fail within two years.[1] The 2017 merger that created Hay'at \
                Tahrir al-Sham is a case in point: within months, several of its founding factions had left.[2]

                What explains the failure? Three factors stand out. First, mergers threaten the leaders of the smaller partners, who \
                lose their titles and their control over money. Second, they force groups to choose between rival patrons abroad.

                %s
                %s
                Rachel K. Ostrowski is a PhD candidate in political science at Georgetown University, where she studies militant alliances.

                Related posts
                The Logic of Bayat
                """;
        int place = 0;
        for (String body : java.util.List.of(text.formatted(share, notes), text.formatted(notes, share))) {
            Imports imports = new Imports(folder.resolve("share" + place++));
            Imports.Written written = imports.written(imports.file("blog copy.txt", body));
            assertThat(written.document().notes()).extracting(n -> n.label()).containsExactly("1", "2");
            assertThat(written.document().headings()).extracting(org.concordance.content.Heading::text).containsExactly("About the author");
            assertThat(written.document().paragraphs()).extracting(Paragraph::text).last().asString()
                    .startsWith("Rachel K. Ostrowski is a PhD candidate");
            assertThat(written.document().paragraphs()).extracting(Paragraph::text)
                    .noneMatch(p -> p.contains("Share this") || p.contains("Twitter") || p.contains("Related posts")
                            || p.contains("Logic of Bayat"));
            assertThat(written.report().removed()).contains("share buttons: “Share this:”", "share button: “LinkedIn”");
        }
    }

    @Test
    void hardWrappedTextWithoutBlankLinesHasItsBreaksGuessedAndReported() {
        String text = """
                Hubs and Spokes
                A small group that loses its leaders, its money or its haven looks for a partner
                that can replace what it lost. Few organizations can, and those few become hubs
                around which the others gather.
                The hubs do not need to recruit. Their reputation does the work for them, and the
                groups that come to them arrive already convinced that the partnership will pay.
                Whether it does is another matter, and the record is mixed at best for the
                smaller partners in most of the cases studied here.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.txt", text));
        assertThat(written.document().paragraphs()).hasSize(2);
        assertThat(written.document().paragraphs().get(0).text()).endsWith("around which the others gather.");
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("1 paragraph break was guessed")
                && w.endsWith("(the paragraph beginning “The hubs do not need to…”)"));
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithAWarning() {
        String text = "Caf\u00e9 Talk\n\nThey met at a caf\u00e9 \u2013 twice \u2013 and called it \u201cthe office.\u201d\n";
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("cafe.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertThat(written.document().metadata().title().map(Title::plain)).contains("Café Talk");
        assertThat(written.document().paragraphs().get(0).text()).isEqualTo("They met at a café – twice – and called it “the office.”");
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("not valid UTF-8") && w.contains("Windows-1252"));
    }

    /** Found by a trial: the mark, read as Windows-1252, became "ï»¿" at the start of the title and the slug. */
    @Test
    void aUtf8ByteOrderMarkBeforeTextThatIsNotUtf8IsNoPartOfTheTitle() {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Caf\u00e9 Talk\r\n\r\nThey met at a caf\u00e9.\r\n".getBytes(Charset.forName("windows-1252"));
        byte[] bytes = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(text, 0, bytes, mark.length, text.length);
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("marked.txt", bytes));
        assertThat(written.document().metadata().title().map(Title::plain)).contains("Café Talk");
        assertThat(written.document().slug()).isEqualTo("cafe-talk");
        assertThat(written.document().paragraphs().get(0).text()).isEqualTo("They met at a café.");
    }

    /** What Windows Notepad saves as "Unicode" (UTF-16, little-endian, with a byte-order mark) was refused as binary data. */
    @Test
    void textWithAUtf16Or32ByteOrderMarkIsReadInThatEncoding() {
        for (String charset : java.util.List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            String text = "\uFEFFCaf\u00e9 Talk in " + charset + "\r\n\r\nThey met at a caf\u00e9 in \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \uD83D\uDE00.\r\n";
            Imports imports = new Imports(folder);
            Imports.Written written = imports.written(imports.file("notepad-" + charset + ".txt", text.getBytes(Charset.forName(charset))));
            assertThat(written.document().metadata().title().map(Title::plain)).as(charset).contains("Café Talk in " + charset);
            assertThat(written.document().paragraphs().get(0).text()).as(charset)
                    .isEqualTo("They met at a café in \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \uD83D\uDE00.");
        }
    }

    @Test
    void aMarkdownFilesHeadingsAreItsTitleAndSections() {
        String text = "# A Title in Markdown\n\nFirst paragraph, with *stars* kept as typed.\n\n## A Section\n\nSecond paragraph.\n";
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("notes.md", text)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("A Title in Markdown");
        assertThat(document.headings()).extracting(h -> h.text()).containsExactly("A Section");
        assertThat(document.paragraphs().get(0).text()).isEqualTo("First paragraph, with *stars* kept as typed.");
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.DOCUMENT);
    }

    /**
     * Text copied from a PDF as a trial copied it: the title, its author and the running head on
     * three lines with no blank line between, a publisher's stamp at each page's foot, and no blank
     * line anywhere in the second copy, whose one note with a long address had stopped every line
     * from being joined (each was a paragraph, the first of each a heading).
     */
    @Test
    void aTitleAboveItsAuthorAndRunningHeadIsTheTitleAndStampsAreTakenOut() {
        String text = """
                Shared Sanctuary and the Logic of Militant Alliances
                Elena Marchetti
                Journal of Political Violence Volume 12, Number 3, Autumn 2019 | Page 201

                Militant groups rarely choose partners at random. The affiliation of a local insurgency with
                a transnational network is usually the product of long contact in a shared sanctuary, where
                leaders meet, train together and come to trust one another.1 This article argues that the
                first alliances are built on such fleeting encounters.

                Downloaded by [University Library] at 10:14 03 March 2020

                Journal of Political Violence Volume 12, Number 3, Autumn 2019 | Page 202

                Sanctuary and Trust

                A shared sanctuary lowers the cost of cooperation. Groups that share a safe haven can
                monitor one another and settle disputes before they escalate.2

                1 Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University Press, 2017), 45.
                2 “Captured Letters,” Combating Terrorism Center, accessed March 3, 2020, https://ctc.westpoint.edu/harmony-program/captured-letters-from-the-north-caucasus-emirate-commanders-to-arab-volunteers/full-text.pdf

                Downloaded by [University Library] at 10:14 03 March 2020
                """;
        for (String copy : new String[] {text, text.replaceAll("\n\n+", "\n")}) {
            Imports imports = new Imports(folder.resolve(copy == text ? "blank-lines" : "none"));
            Imports.Written written = imports.written(imports.file("sanctuary.txt", copy));
            Document document = written.document();
            assertThat(document.metadata().title().map(Title::plain)).as(copy)
                    .contains("Shared Sanctuary and the Logic of Militant Alliances");
            assertThat(document.metadata().authors()).as("the names under the title").containsExactly("Elena Marchetti");
            assertThat(document.headings()).extracting(h -> h.text()).containsExactly("Sanctuary and Trust");
            assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                    "Militant groups rarely choose partners at random. The affiliation of a local insurgency with a"
                            + " transnational network is usually the product of long contact in a shared sanctuary, where"
                            + " leaders meet, train together and come to trust one another. This article argues that the"
                            + " first alliances are built on such fleeting encounters.",
                    "A shared sanctuary lowers the cost of cooperation. Groups that share a safe haven can monitor one"
                            + " another and settle disputes before they escalate.");
            assertThat(document.notes()).hasSize(2);
            assertThat(written.report().removed())
                    .contains("download stamp: “Downloaded by [University Library] at 10:14 03 March 2020”");
        }
    }

    /**
     * Hard-wrapped text with no blank line at all: the title and the byline are lines of their own,
     * and a paragraph no short line ends is said to be perhaps several.
     */
    @Test
    void textWithoutBlankLinesKeepsItsTitleAndBylineAndSaysWhereItCouldNotTell() {
        String text = """
                Sanctuary and Militant Alliances
                By Elena Marchetti
                Militant groups rarely choose partners at random. The affiliation of
                a local insurgency with a transnational network is usually the
                product of long contact in a shared sanctuary, where leaders meet,
                train together and come to trust one another over many years.
                The well-known case of the self-styled emirate in the Caucasus
                illustrates the point. Its commanders had fought beside Arab
                volunteers in the 1990s, and the bond outlasted the war entirely.
                A shared sanctuary lowers the cost of cooperation. Groups that
                share a safe haven can monitor one another and settle disputes.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("wrapped.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Sanctuary and Militant Alliances");
        assertThat(document.metadata().authors()).containsExactly("Elena Marchetti");
        assertThat(document.paragraphs().get(0).text()).startsWith("Militant groups rarely");
        assertThat(written.report().warnings()).anyMatch(w -> w.contains("no blank lines between paragraphs")
                && w.contains("“Militant groups rarely choose partners at…”"));
    }

    /** Text copied from a web page: the skip link, the menu and the cookie notice are not the title. */
    @Test
    void aWebPagesMenuAndCookieNoticeAreTakenOut() {
        String text = """
                Skip to content
                Home About Research Commentary Events Contact
                We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept
                Why the Islamic State Courts Distant Affiliates
                By Omar Haddad · June 2, 2021
                When the Islamic State announced new provinces in West Africa and South Asia, observers asked why a group under military pressure at home would spend scarce resources courting distant partners.
                Affiliates, for their part, gained a brand. A local faction that pledged allegiance could recruit on the strength of a global name, attract foreign fighters and receive money.
                This pattern is not new. Al Qaeda followed a similar path a decade earlier, when it accepted the pledges of groups in Algeria, Yemen and Somalia.
                """;
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("webcopy.txt", text));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Why the Islamic State Courts Distant Affiliates");
        assertThat(document.metadata().authors()).containsExactly("Omar Haddad");
        assertThat(document.paragraphs()).hasSize(3);
        assertThat(written.report().removed()).contains("navigation: “Skip to content”",
                "navigation: “Home About Research Commentary Events Contact”").anyMatch(r -> r.startsWith("cookie notice: "));
        // A line of prose about cookies is text (a review: the first rule took any line naming cookies and "settings").
        assertThat(Boilerplate.line("track readers with cookies unless they change their browser settings, which few")).isEmpty();
        assertThat(Boilerplate.line("This website uses cookies to give you the best experience.")).contains("cookie notice");
    }

    /**
     * What a trial found in text copied from a PDF: a web address broken after one of its hyphens
     * is joined without a space and keeps the hyphen; an Arabic line and a Russian line that follow
     * each other are two paragraphs, not one; an Arabic byline ("بقلم", "by the pen of") names the author.
     */
    @Test
    void anAddressBrokenAtAHyphenLinesInTwoScriptsAndAnArabicByline() {
        String text = """
                Letters from the Caucasus

                By Lena Fischer

                The letters show how trust was built between the two groups.1 One commander wrote in a letter that was
                later captured:

                قال القائد إن التحالف مع الإخوة ضرورة لا خيار.
                Мы воевали вместе, и поэтому мы доверяем друг другу.

                Notes
                1 “Captured Letters from the North Caucasus,” Combating Terrorism Center, accessed March 3, 2020, https://ctc.westpoint.edu/harmony-program/captured-letters-from-the-north-
                caucasus-emirate-commanders-to-arab-volunteers-1999-2004/full-text.pdf.
                """;
        Imports imports = new Imports(folder.resolve("latin"));
        Document document = imports.written(imports.file("letters.txt", text)).document();
        assertThat(document.notes().get(0).text()).contains("https://ctc.westpoint.edu/harmony-program/captured-letters-from-"
                + "the-north-caucasus-emirate-commanders-to-arab-volunteers-1999-2004/full-text.pdf");
        assertThat(document.paragraphs()).extracting(Paragraph::text).endsWith(
                "قال القائد إن التحالف مع الإخوة ضرورة لا خيار.", "Мы воевали вместе, и поэтому мы доверяем друг другу.");

        // An address printed without its scheme keeps its hyphen too; a slash after an abbreviation is prose.
        assertThat(Hyphenation.inAddress("see brookings.edu/research/why-terrorist-")).isTrue();
        assertThat(Hyphenation.inAddress("(doi.org/10.1080/09546553.2014.975646-")).isTrue();
        assertThat(Hyphenation.inAddress("the U.S./allied-")).isFalse();
        assertThat(Hyphenation.inAddress("10.1080/long-")).isFalse();
        assertThat(Hyphenation.inAddress("and/or-")).isFalse();
        assertThat(Hyphenation.inAddress("“brookings.edu/research/why-")).isTrue();
        assertThat(Hyphenation.inAddress("in St.Louis/Kansas-")).isFalse();
        assertThat(Hyphenation.inAddress("the war.Allies/part-")).isFalse();
        assertThat(Hyphenation.inAddress("J.Doe/co-")).isFalse();
        assertThat(Hyphenation.inAddress("Node.js/Type-")).isFalse();
        assertThat(Hyphenation.inAddress("bundestag.de/dokumente/text-")).isTrue();

        // Japanese mixes kanji and kana on every line, in any proportion: one script, one paragraph.
        assertThat(PlainTextFormat.script("テロ組織は互いに協力する")).isEqualTo(PlainTextFormat.script("同盟関係の形成要因"));

        Imports arabic = new Imports(folder.resolve("arabic"));
        Document byline = arabic.written(arabic.file("arabic.txt", """
                لماذا تتحالف الجماعات المسلحة؟

                بقلم أحمد الكبيسي

                تتحالف الجماعات المسلحة عندما يملك كل طرف ما يفتقر إليه الآخر.
                """)).document();
        assertThat(byline.metadata().authors()).containsExactly("أحمد الكبيسي");
        assertThat(byline.headings()).isEmpty();
    }

    /**
     * A line under the title is taken for its authors' names only when no word of it stands in lower
     * case in the text: a subtitle of the text's own words stays text.
     */
    @Test
    void aSubtitleOfTheTextsOwnWordsIsNotTakenForANameUnderTheTitle() {
        String text = """
                Sanctuaries and Their Uses

                Militant Alliances

                Militant groups that share a sanctuary form alliances more often than groups that do not, and the
                alliances last longer.
                """;
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("uses.txt", text)).document();
        assertThat(document.metadata().authors()).isEmpty();
        // A subtitle in a script without capitals cannot be told from a name, nor a report's "Executive Summary".
        for (String[] titled : new String[][] {{"arabic.txt", "لماذا تتحالف الجماعات؟", "دراسة في الملاذ المشترك"},
                {"report.txt", "Sanctuaries and Their Uses", "Executive Summary"}}) {
            Imports other = new Imports(folder.resolve(titled[0]));
            Document read = other.written(other.file(titled[0], titled[1] + "\n\n" + titled[2]
                    + "\n\nGroups that share a sanctuary form alliances more often than groups that do not.\n")).document();
            assertThat(read.metadata().authors()).as(titled[2]).isEmpty();
        }
    }
}
