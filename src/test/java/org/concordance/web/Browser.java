package org.concordance.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, with no browser download. Where Chromium is not
 * installed the browser tests are skipped with a message, unless CONCORDANCE_REQUIRE_BROWSER is set
 * (CI sets it, after installing Chromium), in which case they fail.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CONCORDANCE_CHROMIUM", "/usr/bin/chromium"));
    /** WCAG 2.2 A and AA as axe tags them: 2.0 and 2.1 rules plus 2.2's (target size, 2.5.8). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Browser launch() {
        boolean required = System.getenv("CONCORDANCE_REQUIRE_BROWSER") != null;
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new AssertionError("Chromium is required but not found at " + CHROMIUM);
            }
            Assumptions.abort("Chromium not found at " + CHROMIUM + "; browser tests skipped (apt-get install chromium)");
        }
        return new Browser();
    }

    public Page page(NewContextOptions options) {
        return browser.newContext(options).newPage();
    }

    public Page page() {
        return page(new NewContextOptions());
    }

    /**
     * axe-core's WCAG 2.2 A and AA violations on the page (target size included), one line each,
     * without {@code rulesLeftOut} (axe rule ids) where a test says why.
     */
    public static List<String> accessibilityViolations(Page page, String... rulesLeftOut) {
        AxeBuilder axe = new AxeBuilder(page).withTags(WCAG_22_AA);
        if (rulesLeftOut.length > 0) {
            axe.disableRules(List.of(rulesLeftOut));
        }
        AxeResults results = axe.analyze();
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
