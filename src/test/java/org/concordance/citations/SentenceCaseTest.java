package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

class SentenceCaseTest {
    private static final SentenceCase CASE = SentenceCase.keeping(List.of("Islamic State", "Al Qaeda", "Moghadam"));

    private static String apa(String title) {
        return CASE.apply(Title.fromMarkup(title)).html();
    }

    @Test
    void onlyTheFirstWordsOfTitleAndSubtitleAndProperNamesKeepCapitals() {
        // APA 7, 6.17.
        assertThat(apa("Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors"))
                .isEqualTo("Nexus of global jihad: Understanding cooperation among terrorist actors");
        assertThat(apa("Allies Poised to Help the Islamic State Recover from Losses"))
                .isEqualTo("Allies poised to help the Islamic State recover from losses");
        assertThat(apa("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations"))
                .isEqualTo("Breaking the bonds between Al Qaeda and its affiliate organizations");
        assertThat(apa("Terrorist Affiliations in Context: A Typology of Terrorist Inter-Group Cooperation"))
                .isEqualTo("Terrorist affiliations in context: A typology of terrorist inter-group cooperation");
        // A name in the possessive is the name ("Islamic State’s").
        assertThat(apa("Profiling the Islamic State’s Affiliates and Al Qaeda’s Rivals"))
                .isEqualTo("Profiling the Islamic State’s affiliates and Al Qaeda’s rivals");
        assertThat(apa("Buddies or Burdens? Understanding the Al Qaeda Relationship"))
                .isEqualTo("Buddies or burdens? Understanding the Al Qaeda relationship");
    }

    @Test
    void acronymsInitialsAndTitlesWithinTheTitleStayAsWritten() {
        assertThat(apa("How ISIS and the U.S. Army Read Moghadam")).isEqualTo("How ISIS and the U.S. Army read Moghadam");
        assertThat(apa("Reading <i>Nexus of Global Jihad</i> Alongside <i>The Accidental Guerrilla</i>"))
                .isEqualTo("Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>");
        assertThat(apa("<i>Nexus</i> Revisited")).isEqualTo("<i>Nexus</i> revisited");
    }

    @Test
    void theWorldsPlacesKeepTheirCapitalsAndTheWorldDoesNot() {
        assertThat(apa("Foreign Fighters in Syria and Iraq: The Sub-Saharan Africa Connection"))
                .isEqualTo("Foreign fighters in Syria and Iraq: The Sub-Saharan Africa connection");
        assertThat(apa("Jihad in Bosnia and Herzegovina, Myanmar and the Middle Africa of the World’s Militants"))
                .isEqualTo("Jihad in Bosnia and Herzegovina, Myanmar and the Middle Africa of the world’s militants");
        assertThat(apa("The Islamic State in Saudi Arabia and the European Union"))
                .isEqualTo("The Islamic State in Saudi Arabia and the European Union");
        // A region's name in parts is not each word a name: "Heard & McDonald Islands", "Cocos (Keeling) Islands".
        assertThat(apa("Islands Heard of in Guinea-Bissau")).isEqualTo("Islands heard of in Guinea-Bissau");
        // BibTeX braces them, so a style that lower-cases titles keeps them.
        String title = "Alliances in Pakistan and Latin America";
        assertThat(CASE.keptCapitals(title).stream().map(span -> title.substring(span[0], span[1])))
                .containsExactly("Pakistan", "Latin America");
    }

    /** Regions and periods named in everyday words keep their capitals as names; each word alone does not. */
    @Test
    void regionsAndPeriodsNamedInEverydayWordsKeepTheirCapitals() {
        assertThat(apa("Jihadist Alliances in the Middle East and the Horn of Africa after the Cold War"))
                .isEqualTo("Jihadist alliances in the Middle East and the Horn of Africa after the Cold War");
        // Institutions named in everyday words are proper nouns too (APA 7th ed., 6.14); the words
        // alone are not.
        assertThat(apa("The U.S. Army and the Security Council: Lessons from the Army of the Future"))
                .isEqualTo("The U.S. Army and the Security Council: Lessons from the army of the future");
        assertThat(apa("Reports to the State Department on a Security Agreement"))
                .isEqualTo("Reports to the State Department on a security agreement");
        assertThat(apa("The Failed State: Department Reports on Security"))
                .as("no name across a colon").isEqualTo("The failed state: Department reports on security");
        assertThat(apa("Militancy from the Arab Spring to the Gaza Strip")).isEqualTo("Militancy from the Arab Spring to the Gaza Strip");
        assertThat(apa("Terrorism since World War II")).isEqualTo("Terrorism since World War II");
        // Each word alone is an everyday word.
        assertThat(apa("A Cold Reception on the Middle Ground of a War")).isEqualTo("A cold reception on the middle ground of a war");
        String title = "Alliances in the Middle East";
        assertThat(CASE.keptCapitals(title).stream().map(span -> title.substring(span[0], span[1])))
                .containsExactly("Middle East");
    }

    /** The languages' names are the adjectives of many peoples and keep their capitals (APA 7th ed., 6.14). */
    @Test
    void languagesKeepTheirCapitalsAsTheAdjectivesOfPeoples() {
        assertThat(apa("Chechen, Uzbek and Uyghur Fighters of the Turkish Border Who Speak Arabic"))
                .isEqualTo("Chechen, Uzbek and Uyghur fighters of the Turkish border who speak Arabic");
        assertThat(apa("Kurdish Militias and Haitian Creole Radio: Somali Piracy Revisited"))
                .isEqualTo("Kurdish militias and Haitian Creole radio: Somali piracy revisited");
        // A language's name that is an everyday word is not kept.
        assertThat(apa("Terror From Afar: Fighters in Syria")).isEqualTo("Terror from afar: Fighters in Syria");
        String title = "Persian Gulf Rivalries and Tamil Tigers";
        assertThat(CASE.keptCapitals(title).stream().map(span -> title.substring(span[0], span[1])))
                .containsExactly("Persian Gulf", "Tamil");
    }

    /**
     * Words English writes with a capital, by its dictionary: peoples' and faiths' adjectives that
     * are not languages' names, names of places and bodies no list here holds, and names no
     * English dictionary knows (APA 7th ed., 6.14).
     */
    @Test
    void wordsEnglishWritesWithACapitalKeepIt() {
        assertThat(apa("Syrian and Iraqi Sunni Tribes Against the Shia Militias of the Islamist Fighters"))
                .isEqualTo("Syrian and Iraqi Sunni tribes against the Shia militias of the Islamist fighters");
        assertThat(apa("Afghan and Soviet Veterans at the Brookings Institution"))
                .isEqualTo("Afghan and Soviet veterans at the Brookings institution");
        // Names no dictionary knows stay; a possessive is judged by its word.
        assertThat(apa("Jabhat al-Nusra, Lashkar-e-Taiba and the Salafi-Jihadi Groups’ Rivals"))
                .isEqualTo("Jabhat al-Nusra, Lashkar-e-Taiba and the Salafi-jihadi groups’ rivals");
        assertThat(apa("The Caliphate’s Fall and the Taliban’s Return")).isEqualTo("The caliphate’s fall and the Taliban’s return");
        // A contraction is a common word (a trial: "Why we Can’t wait"), but for the pronoun's; a name's apostrophe is not one.
        assertThat(apa("Why We Can’t Wait, Won’t Stop, and Aren’t What We’re Told: What I’m Owed by O’Brien"))
                .isEqualTo("Why we can’t wait, won’t stop, and aren’t what we’re told: What I’m owed by O’Brien");
        assertThat(apa("The Rise of Sa’d Hariri and Ra’d Saleh")).as("names that end as a contraction might")
                .isEqualTo("The rise of Sa’d Hariri and Ra’d Saleh");
        // Common words spelt like names lose the capital; so do combining forms and short words before a hyphen.
        assertThat(apa("What May Come of the Will to Hope in Civil War"))
                .isEqualTo("What may come of the will to hope in civil war");
        assertThat(apa("Socio-Economic and Ethno-Nationalist Co-Operation on the Internet"))
                .isEqualTo("Socio-economic and ethno-nationalist co-operation on the internet");
        // A name's particle marks the words beside it as a name, whatever else they mean.
        assertThat(apa("The Laden Ships of Osama bin Laden, Martin van Creveld and Abu Bakr al-Baghdadi"))
                .isEqualTo("The laden ships of Osama bin Laden, Martin van Creveld and Abu Bakr al-Baghdadi");
        String title = "Sunni Militants and Civil War";
        assertThat(CASE.keptCapitals(title).stream().map(span -> title.substring(span[0], span[1])))
                .containsExactly("Sunni");
    }

    /**
     * A name's acronym is the name only as written (a trial: the Islamic State's "IS" kept the verb
     * "Is" of "The Franchise Model Is Dead"); a name in words is matched whatever its case.
     */
    @Test
    void anAcronymOfANameIsMatchedOnlyInItsCapitals() {
        SentenceCase names = SentenceCase.keeping(List.of("Islamic State", "IS", "ISIL", "Al Qaeda"));
        assertThat(names.apply(Title.of("The Franchise Model Is Dead")).plain()).isEqualTo("The franchise model is dead");
        assertThat(names.apply(Title.of("Why IS and ISIL’s Provinces Outlasted Al Qaeda")).plain())
                .isEqualTo("Why IS and ISIL’s provinces outlasted Al Qaeda");
        assertThat(names.apply(Title.of("What Is Al Qaeda? Is It Over?")).plain()).isEqualTo("What is Al Qaeda? Is it over?");
        String title = "The Model Is Dead: IS Lives";
        assertThat(names.keptCapitals(title).stream().map(span -> title.substring(span[0], span[1]))).containsExactly("IS");
    }

    /** God is a proper noun (CMOS 8.94), and "Party of God", Hezbollah's name in English, the name of a group (APA 6.14). */
    @Test
    void godAndThePartyOfGodKeepTheirCapitals() {
        assertThat(apa("Hezbollah: The Global Footprint of Lebanon’s Party of God"))
                .isEqualTo("Hezbollah: The global footprint of Lebanon’s Party of God");
        assertThat(apa("In the Name of God: The Party and the Gods of War"))
                .isEqualTo("In the name of God: The party and the gods of war");
    }

    /** Any text in any script: never a failure, only first letters' case changed, the same length. */
    @Test
    void anyTextInAnyScriptIsCasedWithoutFailing() {
        java.util.Random random = new java.util.Random(12);
        List<String> texts = new java.util.ArrayList<>(List.of("", "al-", "the bin", "Van", "al-Qaeda bin", "’s", "A’S Co-", "Ὀδύσσεια Και Ἰλιάς",
                "Война И Мир", "تنظيم القاعدة", "中国 與 Taliban", "𝐀𝐥 𝐐𝐚𝐞𝐝𝐚 🙂 Über Straße", "İstanbul’s Iğdır"));
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x30000) : " -‐’'AbcÉxyzΣДا".codePointAt(random.nextInt(15));
                if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            String cased = CASE.apply(text, false);
            assertThat(cased).as(text).hasSameSizeAs(text);
            for (int k = 0; k < text.length(); k++) {
                char was = text.charAt(k);
                char now = cased.charAt(k);
                assertThat(now == was || now == Character.toLowerCase(was) || now == Character.toUpperCase(was)).as(text).isTrue();
            }
            CASE.keptCapitals(text);
        }
    }
}
