package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reading pages as a reader's browser shows them: accessibility (WCAG 2.2 AA), previews by
 * mouse, touch and keyboard, the paragraph tools, links, no-JS, small screens.
 */
class ReadingBrowserTest {
    private static final String EXCERPT = "/documents/journal-excerpt-on-terrorist-affiliations";
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

    static List<String> pages() {
        return List.of("/", EXCERPT, "/documents/why-terrorist-actors-cooperate",
                "/documents/allies-poised-to-help-the-islamic-state-recover", "/no-such-page",
                "/search", "/search?q=alliance", "/search?q=Hezbolah",
                "/works", "/works?q=Bacon", "/works/byman-breaking-the-bonds", "/works/bacon-untitled", "/people/assaf-moghadam",
                "/concepts", "/concepts/pooled-alliance", "/organizations", "/organizations/hezbollah",
                "/people", "/people/daniel-byman");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageTypeHasNoAccessibilityViolationsInLightOrDark(String path) {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            Page page = browser.page(new NewContextOptions().setColorScheme(scheme));
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    consoleErrors.add(message.text());
                }
            });
            page.navigate(app.url(path));
            List<String> violations = Browser.accessibilityViolations(page);
            assertThat(violations).as(path + " " + scheme).isEmpty();
            if (!path.equals("/no-such-page")) {
                assertThat(consoleErrors).as(path + " console").isEmpty();
            }
            page.context().close();
        }
    }

    @Test
    void byKeyboardEnterOpensANotePreviewAsADialogWhoseLinkTabReachesAndEscapeReturnsToTheMarker() {
        Page page = browser.page();
        page.navigate(app.url(EXCERPT));
        Locator popover = page.locator("#note-popover");
        for (int i = 0; i < 60 && !"fnref-16".equals(page.evaluate("document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
            assertThat(popover.isVisible()).as("focus alone opens no preview").isFalse();
        }
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("fnref-16");
        page.keyboard().press("Enter");
        assertThat(popover.isVisible()).isTrue();
        assertThat(popover.getAttribute("role")).isEqualTo("dialog");
        assertThat(popover.textContent()).contains("Note 16", "Byman, “Breaking the Bonds.”");
        assertThat(page.evaluate("document.activeElement.id")).as("focus moves into the preview").isEqualTo("note-popover");
        assertThat(page.url()).as("Enter opens the preview instead of jumping").doesNotContain("#fn-16");
        assertThat(page.locator("#fnref-16").getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.closest('#note-popover') !== null")).isEqualTo(true);
        assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("/works/byman-breaking-the-bonds");
        page.keyboard().press("Escape");
        assertThat(popover.isVisible()).isFalse();
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("fnref-16");
        assertThat(page.locator("#fnref-16").getAttribute("aria-expanded")).isEqualTo("false");
        page.context().close();
    }

    @Test
    void byKeyboardAMentionsPreviewLeadsToItsPage() {
        Page page = browser.page();
        page.navigate(app.url(EXCERPT));
        String focusedHref = "document.activeElement.getAttribute('href')";
        for (int i = 0; i < 80 && !"/concepts/pooled-alliance".equals(page.evaluate(focusedHref)); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(page.evaluate(focusedHref)).isEqualTo("/concepts/pooled-alliance");
        Locator popover = page.locator("#note-popover");
        assertThat(popover.isVisible()).isFalse();
        page.keyboard().press("Enter");
        assertThat(popover.isVisible()).isTrue();
        assertThat(popover.textContent()).contains("Concept", "The closest of Bacon's types of affiliation");
        // The preview follows the mention, so Tab goes through its links and then on through the text.
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate(focusedHref)).isEqualTo("/concepts/pooled-alliance");
        assertThat(page.evaluate("document.activeElement.closest('#note-popover') !== null")).isEqualTo(true);
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/concepts/pooled-alliance"));
        assertThat(page.locator("h1").textContent()).isEqualTo("Pooled alliance");
        page.context().close();
    }

    @Test
    void aTapOnAMarkerAtThreeHundredSixtyPixelsOpensTheNoteAsASheetWhoseLinkNavigates() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        page.navigate(app.url(EXCERPT));
        page.locator("#fnref-16").tap();
        Locator popover = page.locator("#note-popover");
        assertThat(popover.isVisible()).isTrue();
        assertThat(page.url()).as("the tap opens the preview in place").doesNotContain("#fn-16");
        assertThat(popover.getAttribute("class")).contains("is-sheet");
        var box = popover.boundingBox();
        assertThat(box.x).isZero();
        assertThat(box.width).isEqualTo(360.0);
        assertThat(box.y + box.height).isBetween(739.0, 741.0);
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
        popover.locator("a.work-link").tap();
        page.waitForURL(url -> url.endsWith("/works/byman-breaking-the-bonds"));
        page.context().close();
    }

    /** The note a second tap leads to is on this page: the sheet must not stay over it. */
    @Test
    void aSecondTapOnAMarkerGoesToItsNoteAndClosesTheSheet() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        page.navigate(app.url(EXCERPT));
        Locator marker = page.locator("#fnref-15");
        marker.tap();
        Locator popover = page.locator("#note-popover");
        assertThat(popover.isVisible()).isTrue();
        marker.tap();
        page.waitForURL(url -> url.endsWith("#fn-15"));
        assertThat(popover.isVisible()).as("the sheet is closed").isFalse();
        var note = page.locator("#fn-15").boundingBox();
        assertThat(note.y).as("the note is on screen").isBetween(0.0, 700.0);
        page.context().close();
    }

    @Test
    void aSheetOpenedOnAMarkerLowOnANarrowScreenLeavesTheMarkerInViewAboveIt() {
        for (String how : List.of("tap", "keyboard")) {
            Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
            page.navigate(app.url(EXCERPT));
            Locator marker = page.locator("#fnref-16");
            // The marker brought to the last lines of the screen, where the sheet will stand.
            page.evaluate("() => { const r = document.getElementById('fnref-16').getBoundingClientRect();"
                    + " window.scrollBy(0, r.bottom - window.innerHeight + 20); }");
            assertThat(marker.boundingBox().y).as(how).isGreaterThan(660.0);
            if (how.equals("tap")) {
                marker.tap();
            } else {
                marker.focus();
                page.keyboard().press("Enter");
            }
            Locator popover = page.locator("#note-popover");
            assertThat(popover.isVisible()).as(how).isTrue();
            assertThat(popover.getAttribute("class")).as(how).contains("is-sheet");
            var sheet = popover.boundingBox();
            var at = marker.boundingBox();
            assertThat(at.y).as(how + ": the marker is on screen").isGreaterThanOrEqualTo(0.0);
            assertThat(at.y + at.height).as(how + ": the marker stands above the sheet").isLessThanOrEqualTo(sheet.y);
            page.context().close();
        }
    }

    @Test
    void aTapOnAMentionPreviewsItsDefinitionAndASecondTapFollowsIt() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator mention = page.locator("#p-5 a.mention[href='/organizations/hezbollah']");
        mention.tap();
        Locator popover = page.locator("#note-popover");
        assertThat(popover.isVisible()).isTrue();
        assertThat(popover.textContent()).contains("Organization: Hezbollah", "Lebanese Shia militant group");
        assertThat(page.url()).endsWith("/documents/why-terrorist-actors-cooperate");
        page.locator("h1").tap();
        assertThat(popover.isVisible()).as("a tap elsewhere closes it").isFalse();
        mention.tap();
        mention.tap();
        page.waitForURL(url -> url.endsWith("/organizations/hezbollah"));
        // Headed by the entry's name, not the words that stand for it in the text (a trial: "Concept: affiliations").
        page.navigate(app.url(EXCERPT));
        page.locator("#p-1 a.mention[href='/concepts/pooled-alliance']").tap();
        assertThat(popover.textContent()).contains("Concept: Pooled alliance", "Open the page on \u201cPooled alliance\u201d")
                .doesNotContain("“pooled” alliance");
        page.context().close();
    }

    @Test
    void backFromANoteTheMarkerIsInViewWithItsSentenceAndBrieflyMarked() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url(EXCERPT + "#fn-18"));
        page.locator("#fn-18 a[role=doc-backlink]").click();
        assertThat(page.url()).endsWith("#fnref-18");
        Object marker = page.evaluate("document.getElementById('fnref-18').getBoundingClientRect().top / window.innerHeight");
        assertThat(((Number) marker).doubleValue()).as("the marker stands a third of the way down").isBetween(0.2, 0.6);
        Object sentence = page.evaluate("""
                () => {
                  const paragraph = document.getElementById('p-1');
                  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                  while (walker.nextNode()) {
                    const at = walker.currentNode.nodeValue.indexOf('According to Moghadam');
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(walker.currentNode, at);
                      range.setEnd(walker.currentNode, at + 9);
                      return range.getBoundingClientRect().top;
                    }
                  }
                  return -1;
                }""");
        assertThat(((Number) sentence).doubleValue()).as("the sentence the note belongs to is in view").isBetween(0.0, 900.0);
        assertThat(page.evaluate("getComputedStyle(document.getElementById('fnref-18')).animationName")).isEqualTo("landed");
        page.context().close();
    }

    @Test
    void backFromANoteOnAPhoneTheStartOfALongSentenceIsInView() {
        // Note 15 ends a sentence of 480 characters: 13 lines at 360 px.
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        page.navigate(app.url(EXCERPT + "#fn-15"));
        page.locator("#fn-15 a[role=doc-backlink]").click();
        assertThat(page.url()).endsWith("#fnref-15");
        Object tops = page.evaluate("""
                () => {
                  const marker = document.getElementById('fnref-15');
                  const walker = document.createTreeWalker(marker.closest('p'), NodeFilter.SHOW_TEXT);
                  while (walker.nextNode()) {
                    const at = walker.currentNode.nodeValue.indexOf('asserts that the primary motives');
                    if (at >= 0) {
                      const range = document.createRange();
                      range.setStart(walker.currentNode, at);
                      range.setEnd(walker.currentNode, at + 7);
                      return [marker.getBoundingClientRect().bottom, range.getBoundingClientRect().top];
                    }
                  }
                  return [-1, -1];
                }""");
        List<?> at = (List<?>) tops;
        assertThat(((Number) at.get(1)).doubleValue()).as("the sentence's first line is in view").isBetween(0.0, 740.0);
        assertThat(((Number) at.get(0)).doubleValue()).as("so is the marker").isBetween(0.0, 740.0);
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {EXCERPT, "/documents/why-terrorist-actors-cooperate",
            "/documents/allies-poised-to-help-the-islamic-state-recover"})
    void eachDocumentLinksEachConceptOrActorAtMostOnceAndFocusOpensNoPreview(String path) {
        Page page = browser.page();
        page.navigate(app.url(path));
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.evaluate("Array.from(document.querySelectorAll('a.mention'), a => a.getAttribute('href'))");
        assertThat(links).isNotEmpty().doesNotHaveDuplicates();
        Object words = page.evaluate("document.querySelector('.doc-body').innerText.split(/\\s+/).length");
        assertThat(links.size()).as("fewer than one link in 25 words").isLessThan(((Number) words).intValue() / 25);
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            assertThat(page.locator("#note-popover").isVisible()).isFalse();
        }
        page.context().close();
    }

    @Test
    void withoutJavaScriptAMentionIsAPlainLinkToItsPage() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        page.locator("#p-5 a.mention[href='/organizations/hezbollah']").click();
        page.waitForURL(url -> url.endsWith("/organizations/hezbollah"));
        assertThat(page.locator(".kwic a.kwic-place").count()).isEqualTo(3);
        page.context().close();
    }

    @Test
    void aNotePreviewStaysWhileThePointerIsOverIt() {
        Page page = browser.page();
        page.navigate(app.url(EXCERPT));
        page.locator("#fnref-15").hover();
        Locator popover = page.locator("#note-popover");
        popover.waitFor();
        assertThat(popover.isVisible()).isTrue();
        popover.hover();
        page.waitForTimeout(600);
        assertThat(popover.isVisible()).as("still open while hovered").isTrue();
        assertThat(popover.textContent()).contains("Breaking the Bonds Between Al Qaeda");
        page.mouse().move(5, 5);
        page.waitForTimeout(600);
        assertThat(popover.isVisible()).isFalse();
        page.context().close();
    }

    @Test
    void theNoteSixteenPreviewShowsTheCitedWorkAndItsLinkLeadsToTheFullReference() {
        Page page = browser.page();
        page.navigate(app.url(EXCERPT));
        page.locator("#fnref-16").hover();
        Locator popover = page.locator("#note-popover");
        popover.waitFor();
        assertThat(popover.isVisible()).isTrue();
        assertThat(popover.locator(".note-reference").textContent()).contains("Brookings Institution, 2012");
        Locator link = popover.locator("a.work-link");
        assertThat(link.getAttribute("href")).isEqualTo("/works/byman-breaking-the-bonds");
        popover.hover();
        link.click();
        page.waitForURL(url -> url.endsWith("/works/byman-breaking-the-bonds"));
        assertThat(page.locator(".citing-notes li").count()).isEqualTo(2);
        page.context().close();
    }

    @Test
    void aCopyButtonCopiesTheCitationAndSelectsIt() {
        Page page = browser.page();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate(app.url("/works/byman-breaking-the-bonds"));
        Locator button = page.locator("button[data-copy=cite-work-chicago]");
        assertThat(button.isVisible()).as("revealed by the script").isTrue();
        button.click();
        String expected = page.locator("#cite-work-chicago").textContent().replaceAll("\\s+", " ").strip();
        assertThat(page.evaluate("window.getSelection().toString().replace(/\\s+/g, ' ').trim()")).isEqualTo(expected);
        page.locator(".copy-status").first().waitFor();
        // Chromium with the clipboard permitted copies; formatted too, so the title's italics reach a word processor.
        assertThat(page.locator(".copy-status").first().textContent()).isEqualTo("Copied");
        Object html = page.evaluate("navigator.clipboard.read().then(items => items[0].getType('text/html'))"
                + ".then(blob => blob.text())");
        assertThat((String) html).contains("<i>Breaking the Bonds", "</i>");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(expected);
        // Copying again says so in the same line, not in a new one each time.
        button.click();
        button.click();
        assertThat(page.locator(".copy-status").count()).isEqualTo(1);
        page.context().close();
    }

    /** A browser that refuses the formatted copy gets the plain text, and the reader is told it was copied. */
    @Test
    void whereTheFormattedCopyIsRefusedThePlainTextIsCopied() {
        Page page = browser.page();
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.addInitScript("navigator.clipboard.write = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));");
        page.navigate(app.url("/works/byman-breaking-the-bonds"));
        page.locator("button[data-copy=cite-work-chicago]").click();
        page.locator(".copy-status").first().waitFor();
        assertThat(page.locator(".copy-status").first().textContent()).isEqualTo("Copied");
        assertThat(page.evaluate("navigator.clipboard.readText()"))
                .isEqualTo(page.locator("#cite-work-chicago").textContent().replaceAll("\\s+", " ").strip());
        page.context().close();
    }

    /**
     * The ¶ control comes after its paragraph's links in the tab order, so on a wide screen it stands
     * in the margin by the paragraph's last line: tabbing on to it never scrolls back up the page.
     */
    @Test
    void tabbingFromAParagraphsLastLinkToItsControlDoesNotGoBackUpThePage() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator links = page.locator("#p-5 a.mention");
        Locator last = links.nth(links.count() - 1);
        last.focus();
        double scrolled = ((Number) page.evaluate("() => window.scrollY")).doubleValue();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("para-control");
        assertThat(((Number) page.evaluate("() => window.scrollY")).doubleValue()).as("the page did not scroll up")
                .isGreaterThanOrEqualTo(scrolled);
        var control = page.locator("#p-5 a.para-control").boundingBox();
        var paragraph = page.locator("#p-5").boundingBox();
        assertThat(control.x + control.width).as("in the margin").isLessThanOrEqualTo(paragraph.x);
        assertThat(control.y + control.height).as("by the last line").isBetween(paragraph.y + paragraph.height - 40,
                paragraph.y + paragraph.height + 1);
        page.context().close();
    }

    @Test
    void theParagraphControlOpensItsToolsAndCiteCopies() {
        Page page = browser.page();
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator control = page.locator("#p-3 a.para-control");
        Locator tools = page.locator("#p-3-tools");
        assertThat(tools.isVisible()).isFalse();
        assertThat(control.getAttribute("role")).isEqualTo("button");
        control.click();
        assertThat(tools.isVisible()).isTrue();
        assertThat(control.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.url()).as("opening the tools does not move the page").doesNotContain("#");
        // The citations come from the paragraph's own page, in place of the link to it.
        tools.locator("button[data-copy=cite-p-3-chicago-note]").click();
        assertThat(tools.locator(".tools-cite-link").count()).isZero();
        assertThat(page.evaluate("window.getSelection().toString()").toString()).contains("Assaf Moghadam", "#p-3");
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
        tools.locator("a[href='#p-3']").first().focus();
        page.keyboard().press("Escape");
        assertThat(tools.isVisible()).isFalse();
        assertThat(page.evaluate("document.activeElement.closest('#p-3') !== null")).isEqualTo(true);
        page.context().close();
    }

    @Test
    void byKeyboardEnterOnTheParagraphControlOpensTheToolsAndEscapeThereClosesThem() {
        Page page = browser.page();
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator control = page.locator("#p-3 a.para-control");
        Locator tools = page.locator("#p-3-tools");
        control.focus();
        page.keyboard().press("Enter");
        assertThat(tools.isVisible()).isTrue();
        assertThat(control.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.evaluate("document.activeElement.matches('#p-3 a.para-control')")).as("focus stays on the ¶").isEqualTo(true);
        page.keyboard().press("Escape");
        assertThat(tools.isVisible()).isFalse();
        assertThat(control.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.evaluate("document.activeElement.matches('#p-3 a.para-control')")).isEqualTo(true);
        page.context().close();
    }

    @Test
    void withoutJavaScriptTheParagraphControlShowsTheToolsAndCloseHidesThem() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator tools = page.locator("#p-2-tools");
        assertThat(tools.isVisible()).isFalse();
        page.locator("#p-2 a.para-control").click();
        assertThat(tools.isVisible()).isTrue();
        assertThat(tools.locator(".related-excerpt mark").first().isVisible()).isTrue();
        tools.locator(".tools-close a").click();
        assertThat(tools.isVisible()).isFalse();
        assertThat(page.url()).endsWith("#p-2-end");
        page.context().close();
    }

    /**
     * Closing the tools of a long paragraph without the script leaves the page where the tools
     * were: Close led to the paragraph's start, two screens up at 360 px for the excerpt's one
     * paragraph of 420 words (found by a new user's trial).
     */
    @Test
    void withoutJavaScriptCloseLeavesTheReaderAtTheEndOfALongParagraph() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false).setViewportSize(360, 740));
        page.navigate(app.url("/documents/journal-excerpt-on-terrorist-affiliations"));
        Locator control = page.locator("#p-1 a.para-control");
        control.click();
        Locator tools = page.locator("#p-1-tools");
        assertThat(tools.isVisible()).isTrue();
        double height = ((Number) page.evaluate("document.getElementById('p-1').getBoundingClientRect().height")).doubleValue();
        assertThat(height).as("the paragraph is longer than the screen").isGreaterThan(740);
        double toolsTop = ((Number) page.evaluate("document.getElementById('p-1-tools').getBoundingClientRect().top")).doubleValue();
        tools.locator(".tools-close a").click();
        assertThat(tools.isVisible()).isFalse();
        double end = ((Number) page.evaluate("document.getElementById('p-1').getBoundingClientRect().bottom")).doubleValue();
        assertThat(end).as("the paragraph's end stays where the tools began").isBetween(toolsTop - 40, toolsTop + 40);
        page.context().close();
    }

    @Test
    void aRelatedPassageLandsWithTheSharedWordsMarked() {
        Page page = browser.page();
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        page.locator("#p-2 a.para-control").click();
        page.locator("#p-2-tools a.related-link").first().click();
        page.waitForURL(url -> url.contains("/documents/allies-poised-to-help-the-islamic-state-recover") && url.endsWith("#p-7"));
        assertThat(page.locator("#p-7 mark.related-hit").allTextContents())
                .containsExactly("lethal", "weapons of mass destruction", "surviving losses");
        page.context().close();
    }

    /** On a phone the shared words of a long paragraph may lie below the screen: the first is brought into view. */
    @Test
    void onAPhoneARelatedPassageLandsWithItsFirstSharedWordInView() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        page.navigate(app.url("/documents/allies-poised-to-help-the-islamic-state-recover"));
        page.locator("#p-2 a.para-control").tap();
        Locator related = page.locator("#p-2-tools a.related-link[href*='journal-excerpt']").first();
        related.scrollIntoViewIfNeeded();
        related.tap();
        page.waitForURL(url -> url.contains("/documents/journal-excerpt-on-terrorist-affiliations") && url.endsWith("#p-1"));
        page.waitForLoadState();
        page.waitForTimeout(300);
        double top = ((Number) page.evaluate("document.querySelector('#p-1 mark.related-hit').getBoundingClientRect().top"))
                .doubleValue();
        assertThat(top).as("the first shared word, on the screen").isBetween(0.0, 700.0);
        page.context().close();
    }

    @Test
    void theReaderCanHideMentionUnderlinesAndTheChoiceIsKept() {
        Page page = browser.page();
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        String decoration = "getComputedStyle(document.querySelector('a.mention')).textDecorationLine";
        assertThat(page.evaluate(decoration)).isEqualTo("underline");
        page.locator("#setting-mentions").uncheck();
        assertThat(page.evaluate(decoration)).isEqualTo("none");
        page.navigate(app.url(EXCERPT));
        assertThat(page.evaluate(decoration)).as("kept in this browser").isEqualTo("none");
        assertThat(page.locator("#setting-mentions").isChecked()).isFalse();
        page.locator("#setting-mentions").check();
        assertThat(page.evaluate(decoration)).isEqualTo("underline");
        page.context().close();
        Page plain = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        plain.navigate(app.url(EXCERPT));
        assertThat(plain.locator("#setting-mentions").isVisible()).as("no setting without the script").isFalse();
        assertThat(plain.evaluate(decoration)).isEqualTo("underline");
        plain.context().close();
    }

    @Test
    void onWideScreensTheContentsStayBesideTheTextAndMarkTheSection() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate#outcome-goals"));
        Locator toc = page.locator("nav.toc");
        var box = toc.boundingBox();
        assertThat(box.x + box.width).as("beside the text").isLessThan(page.locator("#p-1").boundingBox().x);
        assertThat(box.y).as("still in view").isBetween(0.0, 900.0);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).isEqualTo("Outcome Goals");
        page.mouse().wheel(0, 2500);
        page.waitForTimeout(300);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).isIn("Facilitating Factors", "About the author");
        assertThat(toc.boundingBox().y).isBetween(0.0, 900.0);
        // The last sections' headings cannot scroll up to the line: at the end of the page, the one
        // jumped to is marked, and scrolled to the end, the last heading on the screen.
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate#outcome-goals"));
        page.locator("nav.toc a", new Page.LocatorOptions().setHasText("About the author")).click();
        page.waitForTimeout(300);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).isEqualTo("About the author");
        page.navigate(app.url(EXCERPT));
        page.locator("nav.toc a", new Page.LocatorOptions().setHasText("Notes")).click();
        page.waitForTimeout(300);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).isEqualTo("Notes");
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
        page.waitForTimeout(300);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).as("the heading jumped to is off the screen")
                .isEqualTo("Bibliography");
        // An address whose fragment is not valid percent-encoding breaks nothing.
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate#100%"));
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
        page.waitForTimeout(300);
        assertThat(page.locator("nav.toc a[aria-current=true]").textContent()).isEqualTo("About the author");
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    void theWorksFilterNarrowsAsTheReaderTypes() {
        Page page = browser.page();
        page.navigate(app.url("/works"));
        page.locator("#works-q").fill("bacon");
        assertThat(shownWorks(page, 2)).isEqualTo(2);
        assertThat(page.locator("#works-count").textContent()).contains("2 of 6");
        page.locator("#works-q").fill("");
        assertThat(shownWorks(page, 6)).isEqualTo(6);
        page.context().close();
    }

    /** A spelling or another name of what a title names narrows the list to it, as the server's filter does. */
    @Test
    void theWorksFilterFindsATitleByAnotherNameOfWhatItNames() {
        Page page = browser.page();
        page.navigate(app.url("/works"));
        page.locator("#works-q").fill("Al Qaeda");
        page.waitForTimeout(500);
        int named = page.locator("#works-list > li:not([hidden])").count();
        assertThat(named).isPositive().isLessThan(6);
        for (String other : List.of("al-Qaida", "AQ")) {
            page.locator("#works-q").fill(other);
            assertThat(shownWorks(page, named)).as(other).isEqualTo(named);
        }
        page.context().close();
    }

    /** The number of works the filter leaves shown, once it settles on {@code expected} (or after two seconds). The CSP forbids waitForFunction's eval. */
    private static int shownWorks(Page page, int expected) {
        int shown = -1;
        for (int i = 0; i < 20 && shown != expected; i++) {
            page.waitForTimeout(100);
            shown = page.locator("#works-list > li:not([hidden])").count();
        }
        return shown;
    }

    @Test
    void withoutJavaScriptAMarkerJumpsToItsNoteAndTheBackLinkReturns() {
        Page page = browser.page(new NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(app.url(EXCERPT));
        page.locator("#fnref-18").click();
        assertThat(page.url()).endsWith("#fn-18");
        assertThat(page.locator("#note-popover").count()).isZero();
        page.locator("#fn-18 a[role=doc-backlink]").click();
        assertThat(page.url()).endsWith("#fnref-18");
        page.context().close();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pagesFitA360PixelScreenWithoutSidewaysScrolling(String path) {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url(path));
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as(path).isLessThanOrEqualTo(0);
        page.context().close();
    }

    @Test
    void searchSuggestionsWorkByKeyboardAlone() {
        Page page = browser.page();
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Locator input = page.locator("#site-search");
        input.focus();
        // The word in one input event: typed key by key on a busy machine, "He" could be suggested
        // first and replaced by "Hezb"'s suggestions between the wait below and the arrow key.
        page.keyboard().insertText("Hezb");
        page.locator("#site-search-suggestions [role=option]").first().waitFor();
        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        page.keyboard().press("ArrowDown");
        String active = input.getAttribute("aria-activedescendant");
        assertThat(page.locator("#" + active).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(page.locator("#" + active).textContent()).containsIgnoringCase("hezbollah");
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
        page.keyboard().press("Escape");
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("hezbollah") || url.contains("Hezbollah"));
        page.context().close();
    }

    /** On a phone the header's search field is narrow; its suggestions use the screen's width, not the field's. */
    @Test
    void searchSuggestionsOnAPhoneUseTheScreensWidth() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        page.locator("#site-search").focus();
        page.keyboard().insertText("islamic st");
        page.locator("#site-search-suggestions [role=option]").first().waitFor();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> box = (java.util.Map<String, Object>) page.evaluate("""
                () => { const r = document.getElementById('site-search-suggestions').getBoundingClientRect();
                        return {left: r.left, right: r.right, width: r.width}; }""");
        assertThat(((Number) box.get("width")).doubleValue()).as("the list's width").isGreaterThanOrEqualTo(300);
        assertThat(((Number) box.get("left")).doubleValue()).as("its left edge").isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as("its right edge").isLessThanOrEqualTo(360);
        assertThat(Browser.accessibilityViolations(page)).isEmpty();
        page.context().close();
    }

    @Test
    void aResultLandsOnItsParagraphWithTheWordsMarked() {
        Page page = browser.page();
        page.navigate(app.url("/search?q=" + java.net.URLEncoder.encode("Kozo Okamoto", java.nio.charset.StandardCharsets.UTF_8)));
        page.locator(".result h2 a[href$='#p-6']").click();
        page.waitForURL(url -> url.endsWith("#p-6"));
        // The name as the result's snippet marked it: one span, not each word wherever it stands.
        assertThat(page.locator("#p-6 mark.search-hit").allTextContents()).contains("Kozo Okamoto");
        page.context().close();
    }

    /**
     * A phrase searched in quotes lands marked as the phrase, not as each of its words wherever it
     * stands (a new user's trial: every "alliance" of a long paragraph was marked, from its top).
     */
    @Test
    void aPhraseResultLandsWithThePhraseMarkedInView() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/search?q=" + java.net.URLEncoder.encode("\"pooled alliance\"", java.nio.charset.StandardCharsets.UTF_8)));
        String href = page.locator(".result h2 a").first().getAttribute("href");
        assertThat(href).contains("hl=").contains("#p-");
        page.locator(".result h2 a").first().click();
        page.waitForURL(url -> url.contains("#p-"));
        String anchor = href.substring(href.indexOf('#'));
        assertThat(page.locator(anchor + " mark.search-hit").allTextContents()).containsExactly("pooled\u201d alliance");
        // Brought into view once the page has loaded (fails after the wait when it is not).
        page.waitForFunction("""
                () => { const r = document.querySelector('mark.search-hit').getBoundingClientRect();
                        return r.top >= 0 && r.bottom <= window.innerHeight; }""", null,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        page.context().close();
    }

    @Test
    void theReadingColumnKeepsALineLengthForLongReading() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url("/documents/why-terrorist-actors-cooperate"));
        Object charactersPerLine = page.evaluate("""
                () => {
                  const p = document.getElementById('p-1');
                  const range = document.createRange();
                  range.selectNodeContents(p.firstChild);
                  const lines = Array.from(range.getClientRects()).map(r => Math.round(r.top));
                  const lineCount = new Set(lines).size;
                  return p.firstChild.textContent.length / lineCount;
                }""");
        assertThat(((Number) charactersPerLine).doubleValue()).isBetween(55.0, 80.0);
        page.context().close();
    }
}
