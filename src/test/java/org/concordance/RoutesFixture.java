package org.concordance;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.concordance.content.FileDigests;
import org.concordance.content.Progress;
import org.concordance.search.SearchIndex;
import org.concordance.web.BaseUrl;
import org.concordance.web.Routes;
import org.concordance.web.Services;

/**
 * The app's routes on a real server with a library published by hand, for tests of what the
 * routes do around the library's life (pages before the index, the search warmed): the bundled
 * library derived as the app derives it, a server, the services, a GET.
 */
final class RoutesFixture {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private RoutesFixture() {
    }

    /** The bundled library, read and derived as the app does. */
    static Librarian.Derived bundled() throws Exception {
        Path content = Path.of("content");
        return Librarian.derive(Librarian.contentLoader(content, Progress.NONE, FileDigests.none()).load(), content);
    }

    /**
     * A real server on a free port with the app's routes, nothing published yet; {@code routes[0]}
     * set to them. {@code progress} is what the app says it is doing ("" when idle).
     */
    static Javalin server(Routes[] routes, Supplier<String> progress) {
        return Javalin.create(config -> {
            config.jetty.port = 0;
            routes[0] = Routes.install(config, progress);
        }).start();
    }

    /** {@code derived}'s services on {@code server}, searching {@code search} once it completes. */
    static Services services(Javalin server, Librarian.Derived derived, CompletableFuture<SearchIndex> search) {
        BaseUrl base = BaseUrl.of(Optional.empty(), Optional.empty());
        base.listeningOn(server.port());
        return new Services(derived.library(), search, Optional.empty(), derived.bibliography(), derived.formatter(), base,
                derived.glossary(), derived.network());
    }

    static HttpResponse<String> get(Javalin server, String path) throws Exception {
        return CLIENT.send(request(server, path), HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #get}, answered later: for a request that waits for something the test then does. */
    static CompletableFuture<HttpResponse<String>> getLater(Javalin server, String path) {
        return CLIENT.sendAsync(request(server, path), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(Javalin server, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build();
    }
}
