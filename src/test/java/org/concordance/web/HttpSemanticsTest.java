package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP as a careful server speaks it (issue #8): HEAD mirrors GET, other methods get 405 with
 * Allow or 501, every error is the site's own page with every security header, entity tags are
 * quoted and compared as RFC 9110 says, and nothing a client sends (a Host header, a method
 * override) changes what is cached or served to others.
 */
class HttpSemanticsTest {
    private static final String DOC = "/documents/why-terrorist-actors-cooperate";
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static RawHttp.Response send(String method, String target, String... headers) {
        return RawHttp.send(app.port(), method, target, headers);
    }

    /** The site's error page: the status, HTML in UTF-8, every security header, no framework or Jetty text. */
    private static void assertSitePage(RawHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        SecurityHeaders.HEADERS.forEach((name, value) -> assertThat(response.header(name)).as(name).isEqualTo(value));
        assertThat(response.header("Content-Type")).matches("text/html; ?charset=utf-8");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        String text = response.text();
        assertThat(text).contains("<!DOCTYPE html>", "Error " + status, "class=\"site-header\"")
                .doesNotContain("Endpoint", "Jetty", "jetty", "Powered by", "Exception");
        // No link of the navigation is the page being read (a trial found "Library" marked so on a 400).
        assertThat(org.jsoup.Jsoup.parse(text).select("nav [aria-current]")).as("aria-current").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {DOC, "/", "/concepts/process-goals", "/works", "/search?q=alliance", "/api/search?q=alliance",
            "/works.bib", "/static/css/site.css", "/documents/no-such-doc", "/nope", "/search?q=x&page=nan"})
    void headAnswersWithGetsStatusAndHeadersAndNoBody(String path) throws InterruptedException {
        // A kept page is offered in Brotli once the background encoder is done with it: wait for that first.
        for (int i = 0; i < 20 && Compression.brotliAvailable()
                && !"br".equals(send("GET", path, "Accept-Encoding: br").header("Content-Encoding")); i++) {
            Thread.sleep(100);
        }
        for (String encoding : List.of("identity", "gzip", "br, gzip")) {
            RawHttp.Response get = send("GET", path, "Accept-Encoding: " + encoding);
            RawHttp.Response head = send("HEAD", path, "Accept-Encoding: " + encoding);
            assertThat(head.status()).as("HEAD %s", path).isEqualTo(get.status());
            assertThat(head.body()).isEmpty();
            for (String name : List.of("Content-Type", "ETag", "Content-Encoding", "Cache-Control", "Vary",
                    "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")) {
                assertThat(head.header(name)).as("%s of HEAD %s (%s)", name, path, encoding).isEqualTo(get.header(name));
            }
            if (get.header("Content-Length") != null) {
                assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(get.body().length));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=alliance", "/search?q=alliance&page=1", "/nope", "/?page=1"})
    void aPageTheRouterSendsCarriesItsLengthAsAKeptOneDoes(String path) {
        for (String encoding : List.of("identity", "gzip")) {
            for (int i = 0; i < 2; i++) { // made, then kept
                RawHttp.Response get = send("GET", path, "Accept-Encoding: " + encoding);
                assertThat(get.header("Transfer-Encoding")).as("%s (%s)", path, encoding).isNull();
                assertThat(get.header("Content-Length")).as("%s (%s)", path, encoding)
                        .isEqualTo(String.valueOf(get.body().length));
                assertThat(get.body()).isNotEmpty();
            }
        }
    }

    /** Found by a trial: "/documents", a document's address shortened to its section, was a 404. */
    @Test
    void aSectionsAddressLeadsToThePageThatListsIt() {
        RawHttp.Response documents = send("GET", "/documents");
        assertThat(documents.status()).isEqualTo(301);
        assertThat(documents.header("Location")).isEqualTo("/");
        assertThat(send("GET", "/documents/").header("Location")).isEqualTo("/");
        RawHttp.Response relations = send("GET", "/relations?type=rivalry");
        assertThat(relations.status()).isEqualTo(301);
        assertThat(relations.header("Location")).isEqualTo("/network?type=rivalry");
        assertThat(send("HEAD", "/relations").status()).isEqualTo(301);
    }

    /**
     * A redirect keeps the query however long the request was (a trial: over 16 KB of query, a 500
     * with nothing logged, and "Connection: close" ignored past 8 KB of response headers).
     */
    @Test
    void aRedirectKeepsALongQuery() {
        String padding = "a".repeat(40_000);
        RawHttp.Response section = send("GET", "/documents?x=" + padding, "Connection: close");
        assertThat(section.status()).isEqualTo(301);
        assertThat(section.header("Location")).isEqualTo("/?x=" + padding);
        assertThat(section.header("Connection")).isEqualTo("close");
        String pasted = java.net.URLEncoder.encode("alliance OR " + "é".repeat(3000), java.nio.charset.StandardCharsets.UTF_8);
        RawHttp.Response past = send("GET", "/search?q=" + pasted + "&page=99");
        assertThat(past.status()).isEqualTo(302);
        assertThat(past.header("Location")).startsWith("/search?q=").contains("%C3%A9%C3%A9");
        assertThat(send("GET", past.header("Location")).status()).isEqualTo(200);
    }

    /** A query whose escapes cannot be read is a 400, as such a path is (a trial: the search answered as if nothing was asked). */
    @Test
    void aQueryWithAnEscapeThatCannotBeReadIs400() {
        for (String target : List.of("/search?q=al%zzqaeda", "/works?page=%zz", "/?page=%", "/api/search?q=alliance&page=%",
                "/search?q=%FF", "/search?q=%C3", "/search?q=x%2")) {
            RawHttp.Response response = send("GET", target);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertThat(response.text()).as(target).contains("The address’s query has");
        }
        for (String target : List.of("/search?q=%C3%A9", "/search?q=100%25", "/search?q=al+qaeda", "/search?q=%E2%80%94")) {
            assertThat(send("GET", target).status()).as(target).isEqualTo(200);
        }
    }

    /**
     * A WebSocket handshake is answered as the plain request it comes with (a trial: 404 for every
     * page not yet kept, 200 for a kept one).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/healthz", "/api/search?q=alliance", "/static/css/site.css", "/works", "/", DOC})
    void aWebSocketHandshakeIsAnsweredAsAPlainRequest(String path) {
        RawHttp.Response upgrade = send("GET", path, "Connection: Upgrade", "Upgrade: websocket",
                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13");
        RawHttp.Response plain = send("GET", path);
        assertThat(upgrade.status()).as(path).isEqualTo(200);
        assertThat(upgrade.header("Content-Type")).as(path).isEqualTo(plain.header("Content-Type"));
        assertThat(upgrade.header("Upgrade")).isNull();
    }

    /** An Upgrade the Connection header does not name is refused by Jetty, with a page that says why (a trial: "stray characters"). */
    @Test
    void anUpgradeWithoutConnectionUpgradeIsRefusedSayingWhy() {
        for (String upgrade : List.of("websocket", "h2c", "foo")) {
            RawHttp.Response response = send("GET", "/network", "Upgrade: " + upgrade);
            assertSitePage(response, 400);
            assertThat(response.text()).as(upgrade).contains("without naming it in its Connection header")
                    .doesNotContain("stray characters");
        }
    }

    /** CONNECT is refused and the connection closed, as asked (a trial: it stayed open, so a client reading to the end hung). */
    @Test
    void connectIsRefusedAndTheConnectionClosed() {
        for (String target : List.of("localhost:" + app.port(), "127.0.0.1:" + app.port())) {
            // Read to the end: a connection left open fails it. Refused by Jetty (another Host), then by the router.
            RawHttp.Response jetty = send("CONNECT", target);
            assertThat(jetty.status()).as(target).isEqualTo(400);
            assertThat(jetty.header("Connection")).as(target).isEqualTo("close");
            RawHttp.Response router = send("CONNECT", target, "Host: " + target);
            assertThat(router.status()).as(target).isEqualTo(405);
            assertThat(router.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(router.header("Connection")).as(target).isEqualTo("close");
        }
    }

    /**
     * An address Jetty cannot decode reaches the error page with its method lost ("BAD"), so a HEAD
     * gets the page a GET needs: the response says the connection closes (it does), so no client
     * keeping the connection reads that page as its next response. An address the router refuses
     * keeps its method, and a HEAD there gets no body.
     */
    @Test
    void aHeadForAnAddressJettyCannotDecodeClosesTheConnectionItsPageCameOn() {
        for (String path : List.of("/documents/%00", "/documents/x%ZZ")) {
            // Kept alive, as a client asks by default: read to the end, which only a closed connection gives.
            RawHttp.Response response = RawHttp.exchange(app.port(), "HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n", true);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Connection")).as(path).isEqualTo("close");
        }
        RawHttp.Response routed = send("HEAD", "/documents/%u0041");
        assertThat(routed.status()).isEqualTo(400);
        assertThat(routed.body()).isEmpty();
    }

    @Test
    void robotsTxtLetsCrawlersReadThePagesButNotTheApi() {
        RawHttp.Response robots = send("GET", "/robots.txt");
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        String text = new String(robots.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("User-agent: *").contains("Disallow: /api/").doesNotContain("Disallow: /\n");
    }

    @Test
    void headOfAMissingDocumentIs404LikeGet() {
        assertThat(send("HEAD", "/documents/no-such-doc").status()).isEqualTo(404);
    }

    @Test
    void optionsListsTheAllowedMethods() {
        RawHttp.Response response = send("OPTIONS", "/");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    }

    @Test
    void optionsOfTheWholeServerListsWhatEveryPageAllows() {
        RawHttp.Response response = send("OPTIONS", "*");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(send("OPTIONS", "/nope").status()).as("a page that is not there is still not there").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "MKCOL", "BREW", "FOO"})
    void everyOtherMethodIs405WithAllowSinceTheSiteIsReadOnly(String method) {
        for (String path : List.of(DOC, "/nope", "/api/search?q=x")) {
            RawHttp.Response response = send(method, path, "Content-Length: 0");
            assertThat(response.status()).as("%s %s", method, path).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
            if (!path.startsWith("/api/")) {
                assertSitePage(response, 405);
            }
        }
    }

    @Test
    void anUnknownAddressGetsTheSitesOwn404() {
        RawHttp.Response response = send("GET", "/nope");
        assertSitePage(response, 404);
        assertThat(response.text()).contains("Page not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/documents/%00", "/documents/%FF%FE", "/documents/%C0%AE%C0%AE", "/%", "/documents/%zz",
            "/documents/a%2F..%2F..%2Fetc%2Fpasswd"})
    void aMalformedAddressGetsTheSitesOwnErrorPage(String target) {
        RawHttp.Response response = send("GET", target);
        assertThat(response.status()).isBetween(400, 404);
        assertSitePage(response, response.status());
    }

    /**
     * Found by a trial: a list answered page 0 or -1 with a 404 where the search answered 400, and
     * pages that are not paged answered 200 to page=abc. A page past the last stays a 404.
     */
    @Test
    void pagingParametersAreReadOneWayOnEveryPage() {
        for (String target : List.of("/?page=0", "/?page=-1", "/works?page=-1", "/organizations/hezbollah?page=0",
                "/concepts?page=abc", "/organizations?page=1.5", "/people?size=x", "/network?page=abc", "/?page=٣",
                "/concepts?page=0", "/network?page=-1")) {
            RawHttp.Response response = send("GET", target);
            assertThat(response.status()).as(target).isEqualTo(400);
            assertSitePage(response, 400);
        }
        assertThat(send("GET", "/?page=99").status()).isEqualTo(404);
        assertThat(send("GET", "/concepts?page=2").status()).as("a page not paged ignores a whole number").isEqualTo(200);
    }

    /** Found by a trial: the old %u escape, which Jetty lets through, made the router fail on every path parameter (500). */
    @ParameterizedTest
    @ValueSource(strings = {"/documents/%u0041", "/documents/a%u00e9b", "/documents/%uD83D%uDE00",
            "/documents/why-terrorist-actors-cooperate/cite/%u0031", "/documents/%u0041.bib", "/works/%u0041.ris",
            "/concepts/%u002e%u002e", "/organizations/%u0041", "/people/%u0041", "/relations/%u0041",
            "/static/css/%u0041", "/%u0041"})
    void aPathWithAUEscapeIsA400NamingThePercentSign(String target) {
        for (String method : List.of("GET", "HEAD")) {
            RawHttp.Response response = send(method, target);
            assertThat(response.status()).as(method + " " + target).isEqualTo(400);
            if (method.equals("GET")) {
                assertSitePage(response, 400);
                assertThat(response.text()).contains("is not followed by two hexadecimal digits");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;", " ; ", ", ;", "gzip;", ";q=0", "gzip;q=", "=;=", "*;"})
    void anAcceptEncodingOfEmptyCodingsIsReadAsNoneNamed(String header) {
        // ";" alone once made every address answer 500, /healthz and the error pages included.
        for (String path : List.of("/healthz", DOC, "/static/css/site.css", "/nope")) {
            RawHttp.Response response = send("GET", path, "Accept-Encoding: " + header);
            assertThat(response.status()).as(header + " " + path).isEqualTo(path.equals("/nope") ? 404 : 200);
        }
        assertThat(Encoding.IDENTITY.acceptedBy(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/css", "/static/css/", "/static/js", "/static/fonts", "/static/css/site",
            "/static/css/.site.css", "/static/a/b/c/d/site.css"})
    void aStaticFolderOrAPathNoFileCanHaveIs404(String path) {
        assertSitePage(send("GET", path), 404);
    }

    @Test
    void aDeepStaticPathIs404NotAStackOverflow() {
        // A pattern of repeated groups matched such a path by recursion, one frame per name: 2,000 overflowed.
        RawHttp.Response response = send("GET", "/static/" + "a/".repeat(2_000) + "x.css");
        assertSitePage(response, 404);
    }

    @Test
    void staticFilesNotThereAreNotKept() {
        Assets assets = new Assets();
        assertThat(assets.has("css/site.css")).isTrue();
        int kept = assets.kept();
        assertThat(kept).isPositive();
        for (int i = 0; i < 1_000; i++) {
            assertThat(assets.has("css/missing-" + i + ".css")).isFalse();
        }
        assertThat(assets.kept()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET / HTTP/1.2", "GET / HTTP/2.5", "GET /"})
    void aRequestInAnotherVersionOfHttpIsToldSoNotThatTheServerFailed(String line) {
        RawHttp.Response response = RawHttp.exchange(app.port(), line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n", false);
        assertSitePage(response, 400);
        assertThat(response.text()).contains("version of HTTP").doesNotContain("on our side", "has been logged");
    }

    @Test
    void aServerOnTheLoopbackAddressAnswersThisMachineAlone() throws Exception {
        // TestApp listens as benchmarks and replicas behind nginx do: --host 127.0.0.1.
        assertThat(send("GET", "/healthz").status()).isEqualTo(200);
        java.util.Optional<java.net.InetAddress> other = java.net.NetworkInterface.networkInterfaces()
                .flatMap(java.net.NetworkInterface::inetAddresses)
                .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(), "this machine has an address besides loopback");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket(other.get(), app.port()).close())
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void aMethodOverrideHeaderIsRefused() {
        assertSitePage(send("GET", DOC, "X-HTTP-Method-Override: HEAD"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?q=alliance", "/works", "/works?q=byman", DOC, "/"})
    void everyHtmlPageHasACharsetAQuotedEntityTagAndAnswers304ToIt(String path) {
        HttpResponse<String> first = app.get(path, "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).matches("text/html; ?charset=utf-8"));
        assertThat(etag).matches("\"[0-9a-f]{32}(-gz|-br)?\"");
        assertThat(app.get(path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(app.get(path, "Accept-Encoding", "gzip", "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(app.get(path, "Accept-Encoding", "gzip", "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(app.get(path, "Accept-Encoding", "gzip", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        // A 304's Content-Length, when sent, is the 200's (RFC 9110, 8.6), never a 0 (a hostile tester's).
        RawHttp.Response full = send("GET", path, "Accept-Encoding: gzip");
        RawHttp.Response notModified = send("GET", path, "Accept-Encoding: gzip", "If-None-Match: " + full.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("Content-Length")).isIn(null, String.valueOf(full.body().length));
        RawHttp.Response plain = send("GET", path);
        RawHttp.Response plainNotModified = send("GET", path, "If-None-Match: " + plain.header("ETag"));
        assertThat(plainNotModified.status()).isEqualTo(304);
        assertThat(plainNotModified.header("Content-Length")).isIn(null, String.valueOf(plain.body().length));
    }

    @Test
    void aStaticFilesNotModifiedAnswerGivesItsLengthOrNone() {
        RawHttp.Response full = send("GET", "/static/css/site.css", "Accept-Encoding: gzip");
        RawHttp.Response notModified = send("GET", "/static/css/site.css", "Accept-Encoding: gzip", "If-None-Match: " + full.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("Content-Length")).isIn(null, String.valueOf(full.body().length));
    }

    @Test
    void eachContentCodingHasItsOwnEntityTag() {
        String identity = send("GET", DOC, "Accept-Encoding: identity").header("ETag");
        String gzip = send("GET", DOC, "Accept-Encoding: gzip").header("ETag");
        assertThat(gzip).isNotEqualTo(identity).isEqualTo(identity.replace("\"", "").transform(t -> "\"" + t + "-gz\""));
        assertThat(send("GET", DOC, "Accept-Encoding: gzip;q=0, identity").header("Content-Encoding")).isNull();
    }

    /**
     * Every answer that may come gzipped says it varies by Accept-Encoding, so a shared cache (nginx
     * before replicas) never hands gzip to a client that did not ask for it (a hostile tester's: the
     * APIs, one of them publicly cacheable, said nothing).
     */
    @Test
    void everyAnswerThatMayBeCompressedSaysItVariesByTheCoding() {
        String manyWords = String.join("%20", java.util.Collections.nCopies(200, "Byman"));
        for (String path : List.of("/api/works?q=" + manyWords, "/api/search?q=alliance", "/api/network", "/api/suggest?q=al",
                "/nope", DOC, "/search?q=alliance")) {
            var response = send("GET", path, "Accept-Encoding: gzip");
            assertThat(response.header("Vary")).as(path).isNotNull().containsIgnoringCase("Accept-Encoding");
        }
    }

    @Test
    void jsonEchoesNoMarkupRaw() {
        for (String path : List.of("/api/search?q=", "/api/suggest?q=", "/api/works?q=")) {
            String body = app.get(path + "%3Cscript%3Ealert(1)%3C%2Fscript%3E%26").body();
            assertThat(body).as(path).doesNotContain("<", ">", "&").contains("\\u003Cscript\\u003E");
        }
    }

    @Test
    void hostHeadersDoNotChangeThePageOrGrowTheCache() {
        String canonical = send("GET", DOC).text();
        Random random = new Random(8);
        for (int i = 0; i < 200; i++) {
            String host = "h" + random.nextInt(1_000_000) + ".example";
            RawHttp.Response response = send("GET", DOC, "Host: " + host);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo(canonical).doesNotContain(host);
        }
    }

    /** Random methods, targets and headers from a seeded generator: always a status below 500, always the security headers. */
    @Test
    void hostileRequestsNeverReachA5xxAndAlwaysCarryTheSecurityHeaders() {
        long seed = 20261130L;
        Random random = new Random(seed);
        List<String> methods = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND",
                "MOVE", "LOCK", "X", "GETT", "QUERY");
        List<String> targets = List.of("/", DOC, "/documents/", "/documents/%00", "/documents/%FF", "/search?q=",
                "/search?q=%E2%80%AE", "/api/search?q=a&page=-1", "/api/search?q=a&size=100000", "/works/x.bib",
                "/static/../../etc/passwd", "/static/css/site.css?v=x", "/concepts/%C0%AE", "/people/%2e%2e", "/favicon.ico",
                "/opensearch.xml", "/organizations/hezbollah", "//", "/a/b/c/d/e/f", "/search?q=" + "a".repeat(3000));
        for (int i = 0; i < 600; i++) {
            String method = methods.get(random.nextInt(methods.size()));
            String target = targets.get(random.nextInt(targets.size()));
            String extra = switch (random.nextInt(5)) {
                case 0 -> "Accept-Encoding: " + List.of("gzip", "br", "*", "identity;q=0", "gzip;q=0.5, br;q=0", ";", ", ;q=1").get(random.nextInt(7));
                case 1 -> "If-None-Match: " + List.of("*", "\"x\"", "W/\"y\"", "garbage", "\"").get(random.nextInt(5));
                case 2 -> "Accept: " + List.of("application/json", "text/html", "*/*", "x/y;q=").get(random.nextInt(4));
                case 3 -> "Content-Length: 0";
                default -> "X-Seed: " + seed;
            };
            RawHttp.Response response = send(method, target, extra);
            String description = "seed " + seed + " case " + i + ": " + method + " " + target + " [" + extra + "] -> " + response.status();
            assertThat(response.status()).as(description).isLessThan(500);
            assertThat(response.header("X-Content-Type-Options")).as(description).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(description).isNotNull();
        }
    }
}
