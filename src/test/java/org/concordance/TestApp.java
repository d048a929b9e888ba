package org.concordance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The real application on a random port, reading a private copy of the bundled content and keeping
 * its catalog in a temporary data folder. Tests may edit the copy and restart.
 */
public final class TestApp implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final Path root;
    private final Path content;
    private final Path data;
    private App app;
    private boolean watch;

    private TestApp(Path root) {
        this.root = root;
        this.content = root.resolve("content");
        this.data = root.resolve("data");
    }

    /** Copies {@code content/} to a temporary folder and starts the app on it. */
    public static TestApp start() {
        return start(false);
    }

    /** The same, with the app watching its content folder ({@code serve --watch}). */
    public static TestApp startWatching() {
        return start(true);
    }

    private static TestApp start(boolean watch) {
        try {
            TestApp test = new TestApp(Files.createTempDirectory("concordance-test"));
            test.watch = watch;
            copy(Path.of("content"), test.content);
            test.restart();
            return test;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path content() {
        return content;
    }

    public Path data() {
        return data;
    }

    /** Stops the app if running and starts it again on the same content and data folders. */
    public TestApp restart() {
        stop();
        app = App.create(Config.serve(0, content, data).withWatch(watch)).start();
        try {
            app.awaitReady(java.time.Duration.ofMinutes(2));
        } catch (StartupException e) {
            app.stop();
            app = null;
            throw e;
        }
        return this;
    }

    public void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    /** The library served now ({@link App#served}). */
    java.util.Optional<org.concordance.content.Library> served() {
        return app.served();
    }

    /** The port the app listens on. */
    public int port() {
        return app.port();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetches a page, checks it answered 200, and parses it. */
    public org.jsoup.nodes.Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), url(path));
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from} (the bundled content, a test's copy of it) to {@code to}, whole. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
