package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recognisers one rule at a time: running heads, hyphens, numbers that are and are not markers, furniture. */
class RecognisersTest {
    @Test
    void runningHeadsGiveTheJournalVolumeIssueDateAndPage() {
        RunningHeads.Head seed = RunningHeads.parse("International Journal on Criminology Volume 7, Number 2, Spring 2020 | Page 21")
                .orElseThrow();
        assertThat(seed).isEqualTo(new RunningHeads.Head("International Journal on Criminology", "7", "2", "Spring 2020", 2020,
                java.util.Optional.of("21")));
        assertThat(RunningHeads.parse("Journal of Testing 3, no. 1 (Spring 2021): 12–14").orElseThrow().page()).contains("12–14");
        assertThat(RunningHeads.parse("Studies in Conflict 12(3), 2019").orElseThrow().volume()).isEqualTo("12");
        assertThat(RunningHeads.parse("The group met in 2019 and again in 2020.")).isEmpty();
        assertThat(RunningHeads.parse("Why Terrorist Actors Cooperate")).isEmpty();
    }

    @Test
    void aTaylorAndFrancisCitationLineIsAJournalsHead() {
        assertThat(RunningHeads.parse("Studies in Conflict & Terrorism, 38:4, 289–305, 2015")).contains(new RunningHeads.Head(
                "Studies in Conflict & Terrorism", "38", "4", "2015", 2015, java.util.Optional.of("289–305")));
        assertThat(RunningHeads.parse("They met in Kabul, 38:4, 289–305, 2015.")).as("a sentence").isEmpty();
    }

    @Test
    void aHeadInCapitalsHasItsPageNumberAtOneEnd() {
        assertThat(List.of("290 E. MARCHETTI AND D. R. OKAFOR", "STUDIES IN CONFLICT & TERRORISM 291", "12 | SECURITY STUDIES",
                "TERRORISM AND POLITICAL VIOLENCE | 13", "4 BACON ET AL.", "SHARED SANCTUARY AND MILITANT ALLIANCES 305"))
                .allMatch(RunningHeads::inCapitals);
        assertThat(List.of("STUDIES IN CONFLICT & TERRORISM", "SHARED SANCTUARY", "1998 was the year the alliance began",
                "290 pledges were made in 2014", "1. INTRODUCTION", "2 THE LOGIC OF ALLIANCES", "3 DATA", "BACON 45",
                "UN SECURITY COUNCIL RESOLUTION 1373", "WORLD WAR 2", "Studies in Conflict & Terrorism 291"))
                .noneMatch(RunningHeads::inCapitals);
    }

    @Test
    void aHeadWithoutAVolumeIsALineRepeatedOnThreePagesWithARisingNumber() {
        List<String> pages = List.of("Conflict Quarterly | Page 15", "Text.", "Conflict Quarterly | Page 16", "More text.",
                "Conflict Quarterly | Page 17");
        assertThat(RunningHeads.repeated(pages)).containsExactlyInAnyOrder("Conflict Quarterly | Page 15",
                "Conflict Quarterly | Page 16", "Conflict Quarterly | Page 17");
        assertThat(RunningHeads.repeated(pages.subList(0, 3))).as("two pages").isEmpty();
        assertThat(RunningHeads.repeated(List.of("See Figure 3 above", "See Figure 3 above", "See Figure 3 above")))
                .as("the same number").isEmpty();
        assertThat(RunningHeads.repeated(List.of("Table 1", "Table 2", "Table 3"))).as("too short to be a head").isEmpty();
        assertThat(RunningHeads.repeated(List.of("Conflict Quarterly | Page 17", "Conflict Quarterly | Page 16",
                "Conflict Quarterly | Page 18"))).as("not in page order").isEmpty();
    }

    @Test
    void lineEndHyphensAreUndoneOnlyWhereTheyBreakAWord() {
        Report report = new Report();
        Hyphenation hyphenation = new Hyphenation(List.of("The organization met.", "A counter-", "insurgency"),
                Vocabulary.of(Set.of("coalition")));
        assertThat(hyphenation.joins("organi", "zation", report)).as("the text spells it whole").isTrue();
        assertThat(hyphenation.joins("seventy", "two", report)).as("a number's compound").isFalse();
        assertThat(hyphenation.joins("Lashkar-e", "Jhangvi", report)).as("a name's parts").isFalse();
        assertThat(hyphenation.joins("coali", "tion", report)).as("the library spells it whole").isTrue();
        assertThat(report.warnings()).isEmpty();
        assertThat(hyphenation.joins("pre", "carious", report)).as("a prefix: kept, unless the text says otherwise").isFalse();
        assertThat(hyphenation.joins("alli", "ance", report)).as("nothing decides: joined and reported").isTrue();
        assertThat(report.warnings()).singleElement().asString().contains("“alli-” and “ance”");
        assertThat(hyphenation.join(List.of("an organi-", "zation of", "seventy-", "two groups"), report))
                .isEqualTo("an organization of seventy-two groups");
    }

    @Test
    void numbersThatAreTextAreNeverMarkers() {
        String text = "It received $2 million. 98% were lost. (1) money and (2) training. In 1997, two met. On May 30. "
                + "In 3.14 seconds. By 1,200 men. Pages 12-14. At 10:30. See no. 3 and pp. 4 Above.";
        assertThat(Numbers.scan(text).stream().filter(Numbers.Token::marker)).isEmpty();
    }

    @Test
    void numbersAfterASentenceAreMarkers() {
        List<Numbers.Token> tokens = Numbers.scan("It grew. 14 Byman said so.15 Then “pooled.” 19 When [7] or ¹² came. By 2017.3 Yet");
        assertThat(tokens.stream().filter(Numbers.Token::marker).map(Numbers.Token::value))
                .containsExactly(14, 15, 19, 7, 12, 3);
    }

    @Test
    void pageFurnitureIsRecognisedByWholeLinesOnly() {
        assertThat(Boilerplate.tail("3 comments")).contains("comment count");
        assertThat(Boilerplate.tail("Leave a Reply")).contains("comment form");
        assertThat(Boilerplate.tail("You May Also Like")).contains("related posts");
        assertThat(Boilerplate.line("Your email address will not be published. Required fields are marked *")).isPresent();
        assertThat(Boilerplate.line("Share this:")).isPresent();
        assertThat(Boilerplate.line("Twitter")).isPresent();
        assertThat(Boilerplate.line("New communication technologies such as Twitter enable terrorists to communicate.")).isEmpty();
        assertThat(Boilerplate.line("Leave a reply to the enemy, the commander said, and they did.")).isEmpty();
        assertThat(Boilerplate.isPageNumber("12")).isTrue();
        assertThat(Boilerplate.isPageNumber("Page 3 of 12")).isTrue();
        assertThat(Boilerplate.isPageNumber("1997 was the year")).isFalse();
        assertThat(Boilerplate.gluedNumber("15818Today we have a guest post")).contains("15818");
        assertThat(Boilerplate.gluedNumber("1990s saw it")).isEmpty();
    }

    @Test
    void bylinesIntroductionsCaptionsAndBiographiesAreTold() {
        assertThat(Bylines.byline("Guest post by Assaf Moghadam.").orElseThrow().authors()).containsExactly("Assaf Moghadam");
        assertThat(Bylines.byline("By Jane Doe, John Q. Public and Ana de la Cruz").orElseThrow().authors())
                .containsExactly("Jane Doe", "John Q. Public", "Ana de la Cruz");
        assertThat(Bylines.byline("By the end of the war, nothing was left.")).isEmpty();
        assertThat(Bylines.byline("By Ana López · March 15, 2021").orElseThrow().authors()).containsExactly("Ana López");
        assertThat(Bylines.byline("By Ana López | 15 March 2021").orElseThrow().authors()).containsExactly("Ana López");
        assertThat(Bylines.byline("By Ana López · a long afternoon of reading")).isEmpty();
        // Other languages' words for "by"; those that also open ordinary lines only before whole names.
        assertThat(Bylines.byline("Авторы: Иван Петров и Анна Смирнова").orElseThrow().authors())
                .containsExactly("Иван Петров", "Анна Смирнова");
        assertThat(Bylines.byline("作者：王小明、李华").orElseThrow().authors()).containsExactly("王小明", "李华");
        assertThat(Bylines.byline("文／王小明").orElseThrow().authors()).containsExactly("王小明");
        assertThat(Bylines.byline("著者：山田太郎").orElseThrow().authors()).containsExactly("山田太郎");
        assertThat(Bylines.byline("מאת דנה כהן").orElseThrow().authors()).containsExactly("דנה כהן");
        assertThat(Bylines.byline("Von Anna Schmidt und Jürgen Öztürk").orElseThrow().authors())
                .containsExactly("Anna Schmidt", "Jürgen Öztürk");
        assertThat(Bylines.byline("Par Jean Dupont").orElseThrow().authors()).containsExactly("Jean Dupont");
        assertThat(Bylines.byline("Por María López").orElseThrow().authors()).containsExactly("María López");
        assertThat(Bylines.byline("Von Braun")).isEmpty();
        assertThat(Bylines.byline("Par ailleurs, le groupe a survécu.")).isEmpty();
        assertThat(Bylines.byline("Di Maio")).isEmpty();
        assertThat(Bylines.byline("Автор и его время")).isEmpty();
        assertThat(Bylines.isIntroduction("Today we have a guest post from Tricia Bacon—Assistant Professor")).isTrue();
        assertThat(Bylines.guest("Today we have a guest post from Tricia Bacon—Assistant Professor")).contains("Tricia Bacon");
        assertThat(Bylines.isCaption("Soldiers on patrol, 2008. Photo via The U.S. Army.")).isTrue();
        assertThat(Bylines.isCaption("The photo showed nothing of the kind.")).isFalse();
        assertThat(Bylines.isBiography("Assaf Moghadam is Associate Professor at the Lauder School.", List.of("Assaf Moghadam")))
                .isTrue();
        assertThat(Bylines.isBiography("Jane Roe is a Senior Fellow at the Institute.", List.of())).isTrue();
        assertThat(Bylines.isBiography("Hezbollah is a Lebanese group.", List.of())).isFalse();
    }
}
