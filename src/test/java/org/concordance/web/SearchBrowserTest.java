package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page as a reader's browser shows it: cards, the corrected-query notice, filters, by keyboard. */
class SearchBrowserTest {
    /** WCAG 2.2 AA too, for the size of targets (2.5.8). */
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> violations(Page page) {
        return new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    /** Tabs from the top of the page until {@code selector} has the focus; false if it never does. */
    private static boolean tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=Hezbolah", "/search?q=Hezbollah%20Hamas", "/search?q=Hizbala",
            "/search?q=Hezbolah&exact=1", "/search?q=safe%20haven&kind=concept"})
    void searchPagesPassWcag22InLightAndDarkWithoutConsoleErrors(String path) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            Page page = browser.page(new NewContextOptions().setColorScheme(scheme));
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
            page.navigate(app.url(path));
            assertThat(violations(page)).as(path + " " + scheme).isEmpty();
            assertThat(errors).as(path + " console").isEmpty();
            page.context().close();
        }
    }

    @Test
    void aCorrectedQueryIsAnnouncedAndItsCardAndTheWordsAsTypedAreReachedByKeyboard() {
        Page page = browser.page();
        page.navigate(app.url("/search?q=Hezbolah"));
        Locator notice = page.locator(".corrected-query");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.innerText()).isEqualTo("Showing results for Hezbollah. Search instead for Hezbolah.");
        Locator card = page.locator(".entry-card");
        assertThat(card.count()).isEqualTo(1);
        assertThat(card.innerText()).contains("Hezbollah", "Organization", "Mentioned in 3 passages", "Lebanese Shia");
        // In reading order: the notice's link, then the card, then the results.
        assertThat(tabTo(page, ".corrected-query a")).isTrue();
        assertThat(tabTo(page, ".entry-card a")).isTrue();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/organizations/hezbollah"));
        page.goBack();
        page.locator(".corrected-query a").focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("exact=1"));
        assertThat(page.locator(".result").count()).isZero();
        assertThat(page.locator(".did-you-mean a").innerText()).isEqualTo("Hezbollah");
        page.context().close();
    }

    @Test
    void cardsSitAboveTheResultsAndFitA360PixelScreen() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/search?q=Hezbollah%20Hamas"));
        assertThat(page.locator(".entry-card h3").allInnerTexts()).containsExactly("Hezbollah", "Hamas");
        BoundingBox lastCard = page.locator(".entry-card").last().boundingBox();
        BoundingBox firstResult = page.locator(".result").first().boundingBox();
        assertThat(lastCard.y + lastCard.height).isLessThanOrEqualTo(firstResult.y);
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        page.context().close();
    }

    @Test
    void everyFilterLinkIsATargetOfAtLeast24Pixels() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url("/search?q=alliance"));
        Locator filters = page.locator(".facets a");
        assertThat(filters.count()).isGreaterThan(3);
        for (int i = 0; i < filters.count(); i++) {
            BoundingBox box = filters.nth(i).boundingBox();
            assertThat(box.height).as(filters.nth(i).innerText()).isGreaterThanOrEqualTo(24);
            assertThat(box.width).as(filters.nth(i).innerText()).isGreaterThanOrEqualTo(24);
        }
        assertThat(page.locator(".facets a", new Page.LocatorOptions().setHasText("All kinds")).count()).isEqualTo(1);
        page.context().close();
    }

    @Test
    void atThreeHundredSixtyPixelsTheFiltersAreCompactAndTheFirstResultStartsOnTheFirstScreen() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/search?q=alliance"));
        BoundingBox lastFilter = page.locator(".facets a").last().boundingBox();
        BoundingBox firstResult = page.locator(".result").first().boundingBox();
        assertThat(lastFilter.y + lastFilter.height).as("the filters come first").isLessThanOrEqualTo(firstResult.y);
        // Its heading and the start of its snippet on the first screen, not only its top edge.
        assertThat(firstResult.y).isLessThan(740 * 0.8);
        Locator filters = page.locator(".facets a");
        for (int i = 0; i < filters.count(); i++) {
            BoundingBox box = filters.nth(i).boundingBox();
            assertThat(box.height).as(filters.nth(i).innerText()).isGreaterThanOrEqualTo(24);
            assertThat(box.width).as(filters.nth(i).innerText()).isGreaterThanOrEqualTo(24);
        }
        page.context().close();
    }

    @Test
    void withoutJavaScriptTheCardsAndTheCorrectionWorkAsLinks() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(app.url("/search?q=Okamotto"));
        assertThat(page.locator(".corrected-query").innerText()).contains("Okamoto");
        page.locator(".entry-card a").click();
        page.waitForURL(url -> url.endsWith("/people/kozo-okamoto"));
        page.context().close();
    }
}
