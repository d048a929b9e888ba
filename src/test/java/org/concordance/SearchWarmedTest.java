package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordance.RoutesFixture.bundled;
import static org.concordance.RoutesFixture.get;
import static org.concordance.RoutesFixture.server;
import static org.concordance.RoutesFixture.services;


import io.javalin.Javalin;
import java.lang.ref.WeakReference;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.concordance.content.Progress;
import org.concordance.search.SearchIndex;
import org.concordance.search.Synonyms;
import org.concordance.web.Routes;
import org.concordance.web.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search is warmed once a library is served and the app has nothing else to do (web's
 * {@code SearchWarming}): every warming query runs on the real index and routes, none while an
 * ingest is under way, and closing the routes stops it. Warming keeps no page: the results page of
 * a warmed query is the same bytes as one made by routes that never warmed.
 */
class SearchWarmedTest {

    @Test
    void theSearchIsWarmedOnlyOnceTheAppIsIdleAndKeepsNothing(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        AtomicReference<String> progress = new AtomicReference<>("writing the catalog: 1 of 3");
        Routes[] routes = new Routes[1];
        Javalin server = server(routes, progress::get);
        try (SearchIndex index = index(derived, data)) {
            routes[0].publish(services(server, derived, CompletableFuture.completedFuture(index)));
            Thread.sleep(2_000);
            assertThat(routes[0].searchWarmed()).as("not while the app is busy").isNotDone();

            progress.set("");
            int ran = routes[0].searchWarmed().get(2, TimeUnit.MINUTES);
            // Eight rounds of organization, concept, both, the quoted phrase, and most with a prefix and a misspelling.
            assertThat(ran).isGreaterThanOrEqualTo(32);

            String organization = derived.library().entities().get(0).name();
            HttpResponse<String> warmed = get(server, "/search?q=" + organization.replace(" ", "%20"));
            Routes[] unwarmed = new Routes[1];
            Javalin other = server(unwarmed, () -> "busy");
            try {
                unwarmed[0].publish(services(other, derived, CompletableFuture.completedFuture(index)));
                HttpResponse<String> fresh = get(other, "/search?q=" + organization.replace(" ", "%20"));
                assertThat(warmed.statusCode()).isEqualTo(200);
                assertThat(warmed.body().replace(":" + server.port(), ":PORT"))
                        .isEqualTo(fresh.body().replace(":" + other.port(), ":PORT"));
                assertThat(warmed.headers().firstValue("ETag")).isPresent();
            } finally {
                unwarmed[0].close();
                other.stop();
            }
        } finally {
            routes[0].close();
            server.stop();
        }
    }

    @Test
    void closingTheRoutesStopsAWarmingNotBegun(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        Routes[] routes = new Routes[1];
        Javalin server = server(routes, () -> "building the search index: 3 of 138");
        try (SearchIndex index = index(derived, data)) {
            routes[0].publish(services(server, derived, CompletableFuture.completedFuture(index)));
            routes[0].close();
            assertThat(routes[0].searchWarmed().get(5, TimeUnit.SECONDS)).isZero();
        } finally {
            server.stop();
        }
    }

    /**
     * A change read while the warming runs pauses it; meanwhile it holds no site, so the edition
     * served before is let go once the next is published. It had held the site it began with and
     * the one of its last query: at 10,003 documents with a watched change being kept for the next
     * start, three editions in one 512 MB heap, and the app ran out of it (README, Scale).
     */
    @Test
    void aWarmingPausedByAChangeHoldsNoEditionServedBefore(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        // The warming asks what the app is doing every 100 ms until it has been idle for a second, then before each query.
        final int IDLE_POLLS = 11;
        // Idle long enough for the warming to begin and run a few queries, then busy until the test ends.
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> progress = () -> asked.incrementAndGet() > IDLE_POLLS + 4 ? "reading the changed content" : "";
        Routes[] routes = new Routes[1];
        Javalin server = server(routes, progress);
        try (SearchIndex index = index(derived, data)) {
            Services before = services(server, derived, CompletableFuture.completedFuture(index));
            routes[0].publish(before);
            WeakReference<Services> served = new WeakReference<>(before);
            before = null;
            while (asked.get() <= IDLE_POLLS + 6) {
                Thread.sleep(50);
            }
            assertThat(routes[0].searchWarmed()).as("paused by the change, not finished").isNotDone();

            routes[0].publish(services(server, derived, CompletableFuture.completedFuture(index)));
            for (int i = 0; i < 50 && served.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertThat(served.get()).as("the edition served before the change").isNull();
        } finally {
            routes[0].close();
            server.stop();
        }
    }

    private static SearchIndex index(Librarian.Derived derived, Path data) {
        return SearchIndex.open(data.resolve("index"), derived.searchFingerprint(), () -> derived.entries(Optional.empty()),
                Synonyms.of(derived.library().nameGroups()), Progress.NONE);
    }
}
