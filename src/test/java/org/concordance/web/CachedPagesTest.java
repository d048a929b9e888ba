package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A kept page sent before the router ({@link CachedPages}) is the page the route sends: the same
 * status, headers and bytes in every coding, for GET, HEAD and a conditional GET. A request with a
 * query string always goes through the router, so it is the reference here.
 */
class CachedPagesTest {
    private static final String DOC = "/documents/why-terrorist-actors-cooperate";
    /** Headers that differ between any two responses, or by how the body is framed. */
    private static final Set<String> FRAMING = Set.of("date", "content-length", "transfer-encoding", "connection");
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

    private static Map<String, String> headers(RawHttp.Response response) {
        Map<String, String> kept = new TreeMap<>(response.headers());
        kept.keySet().removeAll(FRAMING);
        return kept;
    }

    @ParameterizedTest
    @ValueSource(strings = {DOC, "/", "/works", "/concepts/process-goals", "/organizations/hezbollah", "/network",
            "/works.bib", "/network.csv", "/works/"})
    void theKeptPageIsWhatTheRouteSends(String path) throws InterruptedException {
        // A kept page is offered in Brotli once the background encoder is done with it: wait for that first.
        for (int i = 0; i < 50 && Compression.brotliAvailable()
                && !"br".equals(send("GET", path, "Accept-Encoding: br").header("Content-Encoding")); i++) {
            Thread.sleep(100);
        }
        for (String encoding : List.of("identity", "gzip", "gzip, deflate, br", "br;q=0, gzip;q=0")) {
            RawHttp.Response routed = send("GET", path + "?via=router", "Accept-Encoding: " + encoding);
            RawHttp.Response kept = send("GET", path, "Accept-Encoding: " + encoding);
            assertThat(kept.status()).isEqualTo(200);
            assertThat(headers(kept)).as("%s (%s)", path, encoding).isEqualTo(headers(routed));
            assertThat(kept.body()).as("%s (%s)", path, encoding).isEqualTo(routed.body());
            assertThat(kept.header("Content-Length")).isEqualTo(String.valueOf(kept.body().length));

            RawHttp.Response head = send("HEAD", path, "Accept-Encoding: " + encoding);
            assertThat(headers(head)).isEqualTo(headers(routed));
            assertThat(head.body()).isEmpty();
            assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(kept.body().length));

            RawHttp.Response again = send("GET", path, "Accept-Encoding: " + encoding, "If-None-Match: " + kept.header("ETag"));
            RawHttp.Response againRouted = send("GET", path + "?via=router", "Accept-Encoding: " + encoding,
                    "If-None-Match: W/" + kept.header("ETag") + ", \"other\"");
            assertThat(again.status()).isEqualTo(304);
            assertThat(againRouted.status()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(headers(again)).isEqualTo(headers(againRouted));
        }
    }

    @Test
    void requestsTheRouterMustJudgeAreNotAnsweredFromTheCache() {
        send("GET", DOC);
        // The method override is refused by the router, as before the page was kept.
        assertThat(send("GET", DOC, "X-HTTP-Method-Override: DELETE").status()).isEqualTo(400);
        assertThat(send("POST", DOC).status()).isEqualTo(405);
        assertThat(send("OPTIONS", DOC).status()).isEqualTo(204);
        // Escapes and dot segments are the router's to read; each still gets the page or an error page, never a 5xx.
        for (String odd : List.of("/documents/%77hy-terrorist-actors-cooperate", "/documents/../documents/why-terrorist-actors-cooperate",
                "/documents//why-terrorist-actors-cooperate", "/documents/why-terrorist-actors-cooperate;x=1")) {
            assertThat(send("GET", odd).status()).as(odd).isLessThan(500);
        }
    }

    @Test
    void plainPathsAreOnlyLettersDigitsAndSafeMarks() {
        assertThat(PageCache.isPlain("/")).isTrue();
        assertThat(PageCache.isPlain("/documents/why-terrorist-actors-cooperate")).isTrue();
        assertThat(PageCache.isPlain("/works/")).isTrue();
        assertThat(PageCache.isPlain("/works.bib")).isTrue();
        for (String odd : List.of("", "works", "//", "/a//b", "/a/./b", "/a/../b", "/..", "/a%20b", "/a;b", "/é", "/a b")) {
            assertThat(PageCache.isPlain(odd)).as(odd).isFalse();
        }
        assertThat(PageCache.keyOf("/works///")).isEqualTo("/works");
        assertThat(PageCache.keyOf("/")).isEqualTo("/");
    }
}
