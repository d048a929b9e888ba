package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordance.RoutesFixture.bundled;
import static org.concordance.RoutesFixture.get;
import static org.concordance.RoutesFixture.server;
import static org.concordance.RoutesFixture.services;


import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.concordance.content.Progress;
import org.concordance.search.SearchIndex;
import org.concordance.search.Synonyms;
import org.concordance.web.Routes;
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

    private static SearchIndex index(Librarian.Derived derived, Path data) {
        return SearchIndex.open(data.resolve("index"), derived.searchFingerprint(), () -> derived.entries(Optional.empty()),
                Synonyms.of(derived.library().nameGroups()), Progress.NONE);
    }
}
