package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the text stands on the screen and on paper: the first paragraph's position, layout shift
 * while the page loads, print, and nothing wider than a 360 px screen, with a document whose note
 * carries a 150-character URL added to the bundled library for the occasion.
 */
class ReadingLayoutBrowserTest {
    private static final String EXCERPT = "/documents/journal-excerpt-on-terrorist-affiliations";
    private static final String LONG_URL = "https://www.brookings.edu/wp-content/uploads/2016/06/"
            + "byman-breaking-the-bonds-between-al-qaeda-and-its-affiliate-organizations-analysis-paper-27-web-final.pdf";
    private static final String FIXTURE = "/documents/a-note-with-a-long-address";
    private static final String BOTH_DIRECTIONS = "/documents/a-text-in-two-directions";
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = Browser.launch();
        app = TestApp.start();
        try {
            Files.writeString(app.content().resolve("sources/fixture.txt"), "A test text.\n");
            Files.writeString(app.content().resolve("documents/a-note-with-a-long-address.md"), """
                    ---
                    title: A Note With a Long Address
                    kind: report
                    authors: [Test Author]
                    source: fixture.txt
                    ---
                    Smaller groups seek a safe haven and the brand of a larger one, as Byman shows.[^1]

                    [^1]: Daniel Byman, “Breaking the Bonds Between Al Qaeda and its Affiliate Organizations,” %s.
                    """.formatted(LONG_URL));
            Files.writeString(app.content().resolve("documents/a-text-in-two-directions.md"), """
                    ---
                    title: تحالفات الجماعات المسلحة
                    kind: document
                    source: fixture.txt
                    ---
                    تتعاون الجماعات المسلحة مع حزب الله.[^1]

                    Groups cooperate with Hezbollah.

                    שיתוף פעולה עם חיזבאללה, Hezbollah.

                    [^1]: باكون، «لماذا تتحالف الجماعات»، ص ١٢.
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.restart();
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

    static List<String> documents() {
        return List.of(EXCERPT, "/documents/why-terrorist-actors-cooperate",
                "/documents/allies-poised-to-help-the-islamic-state-recover");
    }

    static List<String> pageTypes() {
        return List.of("/", EXCERPT, "/documents/why-terrorist-actors-cooperate",
                "/documents/allies-poised-to-help-the-islamic-state-recover", FIXTURE, "/concepts", "/concepts/pooled-alliance",
                "/organizations/hezbollah", "/people", "/people/daniel-byman", "/works", "/works/byman-breaking-the-bonds",
                "/search?q=Byman", "/documents/why-terrorist-actors-cooperate/cite/5", "/no-such-page", BOTH_DIRECTIONS);
    }

    @Test
    void aParagraphInArabicOrHebrewReadsFromTheRightAndOneInEnglishFromTheLeft() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url(BOTH_DIRECTIONS));
        for (String block : List.of("#p-1", "#p-2", "#p-3", "#fn-1 .note-body")) {
            // Where the first line of the block's text stands within it: 0 flush left, 1 flush right.
            double side = ((Number) page.evaluate("""
                    selector => {
                      const block = document.querySelector(selector), box = block.getBoundingClientRect();
                      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
                      const rects = [];
                      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                        if (text.parentElement.closest('.para-control, .visually-hidden') || !text.data.trim()) continue;
                        const range = document.createRange();
                        range.selectNodeContents(text);
                        rects.push(...range.getClientRects());
                      }
                      const top = Math.min(...rects.map(r => r.top));
                      const line = rects.filter(r => Math.abs(r.top - top) < 4);
                      const left = Math.min(...line.map(r => r.left)), right = Math.max(...line.map(r => r.right));
                      return (left - box.left) / Math.max(1, box.width - (right - left));
                    }""", block)).doubleValue();
            assertThat(side).as(block).isCloseTo(block.equals("#p-2") ? 0.0 : 1.0, org.assertj.core.data.Offset.offset(0.05));
        }
        page.context().close();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theFirstParagraphStartsOnTheFirstScreenOfADesktopAndHigherThanSixTenthsOfAPhone(String path) {
        assertThat(firstParagraphTop(path, 1280, 900)).as(path + " at 1280 × 900").isLessThan(900 * 0.9);
        assertThat(firstParagraphTop(path, 360, 740)).as(path + " at 360 × 740").isLessThan(740 * 0.6);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void onAWideScreenTheTextHasItsFullMeasureWithOrWithoutContentsBesideIt(String path) {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url(path));
        double width = ((Number) page.evaluate("document.querySelector('.doc-body p.para').getBoundingClientRect().width")).doubleValue();
        page.context().close();
        assertThat(width).as(path).isGreaterThan(500);
    }

    private static double firstParagraphTop(String path, int width, int height) {
        Page page = browser.page(new NewContextOptions().setViewportSize(width, height));
        page.navigate(app.url(path));
        double top = ((Number) page.evaluate("document.querySelector('p.para').getBoundingClientRect().top")).doubleValue();
        page.context().close();
        return top;
    }

    @Test
    void theHeaderIsTwoShortRowsAtThreeHundredSixtyPixels() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/"));
        assertThat(page.locator(".site-header").boundingBox().height).isLessThan(100);
        assertThat(page.locator(".site-nav a").allTextContents()).contains("Concepts", "Organizations", "People", "Works");
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void atThreeHundredSixtyPixelsAShadeShowsWhichWayTheHeaderLinksScroll(String scheme) throws IOException {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740)
                .setColorScheme(scheme.equals("dark") ? ColorScheme.DARK : ColorScheme.LIGHT));
        page.navigate(app.url("/"));
        Locator nav = page.locator(".site-nav");
        assertThat(((Number) nav.evaluate("n => n.scrollWidth - n.clientWidth")).intValue()).as("the row scrolls").isPositive();
        // The top row of the nav, above the links' text: paper, unless a shade marks an edge.
        BufferedImage atStart = ImageIO.read(new ByteArrayInputStream(nav.screenshot()));
        int paper = atStart.getRGB(atStart.getWidth() / 2, 1);
        assertThat(distance(atStart.getRGB(atStart.getWidth() - 2, 1), paper)).as("a shade at the right edge").isGreaterThan(40);
        assertThat(distance(atStart.getRGB(1, 1), paper)).as("none at the left, where the row starts").isLessThan(8);
        nav.evaluate("n => { n.scrollLeft = n.scrollWidth; }");
        BufferedImage atEnd = ImageIO.read(new ByteArrayInputStream(nav.screenshot()));
        assertThat(distance(atEnd.getRGB(atEnd.getWidth() - 2, 1), paper)).as("none at the right, at the row's end").isLessThan(8);
        assertThat(distance(atEnd.getRGB(1, 1), paper)).as("a shade at the left edge").isGreaterThan(40);
        assertThat(page.locator(".site-nav a", new Page.LocatorOptions().setHasText("Network")).isVisible()).isTrue();
        page.context().close();
    }

    private static int distance(int rgb, int other) {
        int sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            sum += Math.abs(((rgb >> shift) & 0xff) - ((other >> shift) & 0xff));
        }
        return sum;
    }

    /**
     * Layout shift while a page loads, measured by the browser's own PerformanceObserver, with the
     * text face held back 400 ms as on a slow connection: the page must not reflow when it comes.
     */
    @ParameterizedTest
    @MethodSource("pageTypes")
    void noPageShiftsItsLayoutWhileLoadingOnADesktopOrAPhone(String path) {
        for (int[] size : List.of(new int[] {1280, 900}, new int[] {360, 740})) {
            Page page = browser.page(new NewContextOptions().setViewportSize(size[0], size[1]));
            holdBackTheTextFace(page);
            page.navigate(app.url(path));
            double shift = layoutShift(page);
            assertThat(shift).as(path + " at " + size[0] + " px").isLessThan(0.02);
            page.context().close();
        }
    }

    /**
     * A paragraph's tools opened through their address (a reader without JavaScript who chose ¶,
     * then reloaded or shared it) move nothing on the page: they are laid over the text below, since
     * the browser scrolls to them before it shows them (in the text's flow they pushed it down,
     * layout shift up to 0.47 at 360 px), and the script brings their citations in only when the
     * reader opens them (putting them in at once moved the text too, 0.15 at 1280 px). Closed by the
     * reader, they close, though the browser still holds them as the address's target; opened
     * again, they take their place in the text with their citations.
     */
    @Test
    void toolsOpenedThroughTheirAddressMoveNothingAndCloseWhenTheReaderClosesThem() {
        for (int[] size : List.of(new int[] {1280, 900}, new int[] {360, 740})) {
            Page page = browser.page(new NewContextOptions().setViewportSize(size[0], size[1]));
            holdBackTheTextFace(page);
            List<String> citationRequests = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/cite/")) {
                    citationRequests.add(request.url());
                }
            });
            page.navigate(app.url(EXCERPT + "#p-1-tools"));
            double shift = layoutShift(page);
            String at = "at " + size[0] + " px";
            assertThat(shift).as(at).isLessThan(0.02);
            Locator tools = page.locator("#p-1-tools");
            Locator control = page.locator("a.para-control[href='#p-1-tools']");
            assertThat(tools.isVisible()).as(at).isTrue();
            assertThat(control.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(tools.locator(".tools-cite-link a").isVisible()).isTrue();
            assertThat(citationRequests).as(at).isEmpty();

            control.click();
            assertThat(tools.isVisible()).as("closed by the reader, " + at).isFalse();
            control.click();
            tools.locator(".citations").first().waitFor();
            assertThat(tools.evaluate("element => getComputedStyle(element).position")).isEqualTo("static");
            assertThat(citationRequests).hasSize(1);
            page.context().close();
        }
    }

    /**
     * Tools landed on by their address, with the script: Escape closes them wherever focus is; the
     * reader's first key settles them into the text (or click: scrolling alone does not), so Tab never reaches a link they cover; the ¶
     * follows the address (the permalink inside them, the address set in the page), so that one press
     * always switches what is seen; on a phone the ¶ is a 24 px target; printed, its number is
     * like every other.
     */
    @Test
    void toolsLandedOnFollowTheAddressAndTheReadersFirstKey() {
        String doc = "/documents/why-terrorist-actors-cooperate";
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        Locator tools = page.locator("#p-9-tools");
        Locator control = page.locator("a.para-control[href='#p-9-tools']");

        page.navigate(app.url(doc + "#p-9-tools"));
        assertThat(tools.evaluate("e => e.getBoundingClientRect().top > document.getElementById('p-9').getBoundingClientRect().bottom"))
                .as("the end of its paragraph in view above the tools").isEqualTo(true);
        page.keyboard().press("Escape");
        assertThat(tools.isVisible()).isFalse();
        assertThat(control.getAttribute("aria-expanded")).isEqualTo("false");

        page.navigate(app.url("/"));
        page.navigate(app.url(doc + "#p-9-tools"));
        page.keyboard().press("Tab");
        assertThat(tools.evaluate("e => getComputedStyle(e).position")).isEqualTo("static");

        page.navigate(app.url(doc));
        page.evaluate("() => { location.hash = '#p-9-tools'; }");
        page.waitForFunction("() => document.querySelector(\"a.para-control[href='#p-9-tools']\").getAttribute('aria-expanded') === 'true'");
        control.click();
        assertThat(tools.isVisible()).isFalse();

        page.navigate(app.url("/"));
        page.navigate(app.url(doc + "#p-9-tools"));
        tools.locator(".tools-permalink a").click();
        assertThat(control.getAttribute("aria-expanded")).isEqualTo(tools.isVisible() ? "true" : "false");
        control.click();
        assertThat(tools.isVisible()).isFalse();

        page.navigate(app.url(doc + "#p-9-tools"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("#p-9 .para-control").evaluate("e => getComputedStyle(e).color"))
                .isEqualTo(page.locator("#p-8 .para-control").evaluate("e => getComputedStyle(e).color"));
        page.context().close();

        Page phone = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(true).setIsMobile(true));
        phone.navigate(app.url(doc));
        com.microsoft.playwright.options.BoundingBox box = phone.locator("a.para-control[href='#p-3-tools']").boundingBox();
        assertThat(box.width).isGreaterThanOrEqualTo(24);
        assertThat(box.height).isGreaterThanOrEqualTo(24);
        phone.context().close();
    }

    /** Delays the web font 400 ms, as a slow connection would. */
    private static void holdBackTheTextFace(Page page) {
        page.route("**/*.woff2", route -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            route.resume();
        });
    }

    /** The layout shift of the page's first 1.5 s without input, summed by the browser's PerformanceObserver. */
    private static double layoutShift(Page page) {
        Object shift = page.evaluate("""
                () => new Promise(resolve => {
                  let total = 0;
                  new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) {
                      if (!entry.hadRecentInput) total += entry.value;
                    }
                  }).observe({ type: 'layout-shift', buffered: true });
                  setTimeout(() => resolve(total), 1500);
                })""");
        return ((Number) shift).doubleValue();
    }

    @Test
    void printingGivesParagraphNumbersInTheMarginTheAddressAndDateAndNoInterface() {
        Page page = browser.page(new NewContextOptions().setViewportSize(1280, 900));
        page.navigate(app.url(EXCERPT));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        var number = page.locator("#p-1 .para-number");
        assertThat(number.isVisible()).isTrue();
        assertThat(number.textContent()).isEqualTo("1");
        assertThat(number.boundingBox().x + number.boundingBox().width).as("in the margin")
                .isLessThanOrEqualTo(page.locator("#p-1").boundingBox().x);
        assertThat(number.boundingBox().x).as("but inside the printed area, where it is not cut off")
                .isGreaterThanOrEqualTo(page.locator("article.document").boundingBox().x);
        assertThat(page.locator("#p-1 .para-glyph").isVisible()).isFalse();
        String source = page.locator(".print-source").textContent();
        assertThat(page.locator(".print-source").isVisible()).isTrue();
        assertThat(source).contains(app.url(EXCERPT)).containsPattern(" on \\d{1,2} [A-Z][a-z]+ \\d{4}");
        for (String chrome : List.of(".site-header", ".site-footer", ".doc-aside", ".doc-about", ".reading-setting", ".para-tools")) {
            assertThat(page.locator(chrome).first().isVisible()).as(chrome).isFalse();
        }
        assertThat(page.locator("#fn-16 .note-reference").isVisible()).as("the reference under a short-form note").isTrue();
        assertThat(page.locator("#fn-15 .note-reference").isVisible()).as("but not under a full note").isFalse();
        assertThat(page.evaluate("getComputedStyle(document.getElementById('p-1')).breakInside")).as("no forced break")
                .isEqualTo("auto");
        assertThat(page.locator("section.bibliography").isVisible()).isTrue();
        assertThat(page.locator(".bibliography-lede").innerText()).as("what only a screen offers is not promised on paper")
                .isEqualTo("The works the notes cite, in Chicago style.");
        page.context().close();
    }

    /** On a narrow screen the header's links scroll sideways; the page's own section is never left past the edge. */
    @Test
    void theCurrentSectionsLinkIsInViewInTheHeaderOfANarrowScreen() {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url("/network"));
        var link = page.locator(".site-nav a[aria-current=page]").boundingBox();
        var strip = page.locator(".site-nav").boundingBox();
        assertThat(link.x).isGreaterThanOrEqualTo(strip.x);
        assertThat(link.x + link.width).as("inside the strip").isLessThanOrEqualTo(strip.x + strip.width + 0.5);
        assertThat(((Number) page.evaluate("() => document.querySelector('.site-nav').scrollLeft")).doubleValue())
                .as("scrolled to it").isPositive();
        page.context().close();
    }

    @ParameterizedTest
    @MethodSource("pageTypes")
    void nothingIsWiderThanAThreeHundredSixtyPixelScreen(String path) {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740));
        page.navigate(app.url(path));
        assertThat(overflow(page)).as(path).isLessThanOrEqualTo(0);
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aLongAddressInANoteWrapsInTheNoteItsPreviewAndItsTools(boolean touch) {
        Page page = browser.page(new NewContextOptions().setViewportSize(360, 740).setHasTouch(touch).setIsMobile(touch));
        page.navigate(app.url(FIXTURE));
        assertThat(page.locator("#fn-1").textContent()).contains(LONG_URL);
        if (touch) {
            page.locator("#fnref-1").tap();
        } else {
            page.locator("#fnref-1").hover();
        }
        var preview = page.locator("#note-popover");
        preview.waitFor();
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.boundingBox().x + preview.boundingBox().width).isLessThanOrEqualTo(360.0);
        page.locator("#p-1 a.para-control").click();
        assertThat(overflow(page)).isLessThanOrEqualTo(0);
        page.context().close();
    }

    private static int overflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
    }
}
