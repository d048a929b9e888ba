package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page type passes the W3C Nu HTML checker with no errors. */
class HtmlValidityTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static List<String> pages() {
        return List.of("/", "/documents/journal-excerpt-on-terrorist-affiliations", "/documents/why-terrorist-actors-cooperate",
                "/documents/allies-poised-to-help-the-islamic-state-recover", "/documents/journal-excerpt-on-terrorist-affiliations/cite/1",
                "/no-such-page", "/documents/nothing-here",
                "/search", "/search?q=Hezbollah", "/search?q=terrorist&kind=paragraph&page=2", "/search?q=Hezbolah",
                "/search?q=Hezbolah&exact=1", "/search?q=Hizbala", "/search?q=Hezbollah%20Hamas",
                "/search?q=safe%20haven&kind=concept",
                "/search?q=%22unbalanced", "/search?q=x&page=0",
                "/works", "/works?q=Bacon", "/works?q=zzzz", "/works/byman-breaking-the-bonds", "/works/bacon-untitled",
                "/works/moghadam-nexus-of-global-jihad", "/works/no-such-work", "/people/tricia-bacon",
                "/concepts", "/concepts/pooled-alliance", "/concepts/types-of-affiliation", "/organizations",
                "/organizations/hezbollah", "/people", "/people/daniel-byman", "/people/kozo-okamoto",
                "/concepts/no-such-concept",
                "/network", "/network?type=rivalry", "/network?type=training&document=allies-poised-to-help-the-islamic-state-recover",
                "/network?type=bogus", "/relations/hezbollah-rivalry-amal", "/relations/islamic-state-yemen-province-islamic-state",
                "/relations/no-such-relation", "/organizations/islamic-state");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageIsValidHtml(String path) {
        var response = app.get(path);
        // An error page is valid HTML too: make sure each page is the one meant.
        assertThat(response.statusCode()).as(path).isIn(path.contains("no-such") || path.contains("nothing-here") ? 404
                : path.contains("page=0") || path.contains("bogus") ? 400 : 200);
        assertThat(HtmlValidator.errors(response.body())).as(path).isEmpty();
    }

    @Test
    void theCheckerReallyReportsErrors() {
        assertThat(HtmlValidator.errors("<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></body></html>"))
                .isNotEmpty();
    }
}
