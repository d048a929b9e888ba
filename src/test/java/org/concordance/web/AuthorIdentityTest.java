package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cited author is the listed person only when the names agree, not merely the surname, and a
 * work's authors come in its own order (both found by a new user's trial: one note citing "Anne
 * Moghadam" took over Assaf Moghadam's page, and a joint paper's byline put Bacon first).
 */
class AuthorIdentityTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/namesakes.md"), """
                ---
                title: Namesakes
                kind: blog-post
                authors:
                  - Jane Roe
                accessed: 2026-11-22
                source: namesakes.txt
                ---
                A paragraph citing a gardener and a joint paper.[^1] And another.[^2]

                [^1]: Anne Moghadam, *Gardening for Beginners* (Boston: Leaf Press, 2001), 4.

                [^2]: A. Moghadam and T. Bacon, “A Joint Paper on Alliances,” *Journal of Examples* 3, no. 1 (2019): 7.
                """);
        Files.writeString(app.content().resolve("sources/namesakes.txt"), "A paragraph citing a gardener and a joint paper.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNamesakeOfAListedPersonIsAnotherPerson() {
        Document gardening = app.page("/works/moghadam-gardening-for-beginners");
        assertThat(gardening.selectFirst(".byline").text()).isEqualTo("By Anne Moghadam");
        assertThat(gardening.select(".byline a[href=/people/assaf-moghadam]")).isEmpty();
        Document assaf = app.page("/people/assaf-moghadam");
        assertThat(assaf.select(".person-works a").eachAttr("href")).contains("/works/moghadam-nexus-of-global-jihad")
                .doesNotContain("/works/moghadam-gardening-for-beginners");
        assertThat(app.page("/works/moghadam-nexus-of-global-jihad").select(".byline a").eachAttr("href"))
                .containsExactly("/people/assaf-moghadam");
    }

    @Test
    void aWorksAuthorsComeInItsOwnOrder() {
        Document joint = app.page("/works/moghadam-a-joint-paper-on-alliances");
        assertThat(joint.select(".byline a").eachAttr("href")).containsExactly("/people/assaf-moghadam", "/people/tricia-bacon");
        assertThat(joint.select(".work-author h3").eachText()).first().asString().startsWith("Assaf Moghadam");
    }
}
