package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Queries a reader might type about the bundled texts, each with the passage that must come in the top three. */
class RelevanceTest {
    private static final String COOPERATE = "paragraph:why-terrorist-actors-cooperate#";
    private static final String ALLIES = "paragraph:allies-poised-to-help-the-islamic-state-recover#";
    private static final String EXCERPT = "journal-excerpt-on-terrorist-affiliations#";

    @TempDir
    static Path folder;
    private static SearchIndex index;

    @BeforeAll
    static void open() {
        index = TestLibrary.open(folder);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "Hezbollah Abu Nidal                         | " + COOPERATE + "p-5",
        "Japanese Red Army world stage               | " + COOPERATE + "p-6",
        "IRA trained FARC mortars                    | " + COOPERATE + "p-7",
        "Earth Liberation Front Animal Liberation    | " + COOPERATE + "p-9",
        "safe havens state sponsors                  | " + COOPERATE + "p-11",
        "Telegram Whatsapp                           | " + COOPERATE + "p-11",
        "process goals outcome goals                 | " + COOPERATE + "p-4",
        "Ramadan cafe Baghdad                        | " + ALLIES + "p-2",
        "wilayats provinces bayat                    | " + ALLIES + "p-4",
        "Khorasan Kabul                              | " + ALLIES + "p-6",
        "Mindanao Philippines                        | " + ALLIES + "p-6",
        "severing ties between allied groups         | " + ALLIES + "p-8",
        "Breaking the Bonds Brookings                | note:" + EXCERPT + "fn-15",
        "Nexus of Global Jihad                       | note:" + EXCERPT + "fn-18",
        "pooled alliance                             | paragraph:" + EXCERPT + "p-1",
        "smaller organizations brand name            | paragraph:" + EXCERPT + "p-1",
        "Lauder School of Government                 | " + COOPERATE + "p-14",
    })
    void theExpectedPassageIsInTheTopThree(String query, String expected) {
        assertThat(TestLibrary.topIds(index, query.strip(), 3)).contains(expected.strip());
    }
}
