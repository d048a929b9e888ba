package org.concordance.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.App;
import org.concordance.Config;

/**
 * The training run for the class-data archive the build makes ({@code target/concordance.jsa}):
 * starts the app on the given content in a temporary data folder, asks the pages a reader asks
 * first, each with {@code Accept-Encoding: gzip} and without, stops the app, does the same once
 * more on that data folder (a restart, which reads the library the first run kept) and returns. Run under
 * {@code -XX:ArchiveClassesAtExit}, the JVM then writes every class loaded so far into the archive,
 * and a later start with {@code -XX:SharedArchiveFile} maps them instead of loading, verifying and
 * linking some 9,000 classes again; so the run should load what a start and the first pages load,
 * and nothing else: so the pages are asked with {@link HttpURLConnection}, not {@code java.net.http}'s
 * client, which would put some 600 classes of its own and of TLS into the archive, mapped at every start
 * for nothing. The app's log is kept in memory and printed only when an answer is not the
 * expected one, which makes the build fail (exit status 1).
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=target/concordance.jsa -cp target/concordance.jar
 * org.concordance.bench.StartTraining [content-folder=content]}; {@code mvn package} runs it so.
 */
public final class StartTraining {
    private static final Pattern DOCUMENT = Pattern.compile("href=\"(/documents/[^\"#?]+)\"");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/static/css/[^\"]+)\"");

    private StartTraining() {
    }

    public static void main(String[] args) throws IOException {
        String content = args.length > 0 ? args[0] : "content";
        Path folder = Files.createTempDirectory("concordance-training-");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream captured = new PrintStream(log, true, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        System.setOut(captured);
        System.setErr(captured);
        try {
            // A first start, then a restart on the same data folder, which reads the library the first kept.
            for (int start = 0; start < 2; start++) {
                App app = App.create(Config.parse(List.of("--host", Config.LOOPBACK, "--port", "0", "--content", content,
                        "--data", folder.resolve("data").toString()), Map.of())).start();
                try {
                    app.awaitReady(Duration.ofMinutes(5));
                    read(URI.create("http://127.0.0.1:" + app.port()), problems);
                } finally {
                    app.stop();
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
            Folders.delete(folder);
        }
        if (!problems.isEmpty()) {
            err.print(log.toString(StandardCharsets.UTF_8));
            err.println("StartTraining: the training run for the class-data archive failed on " + content + ":");
            problems.forEach(problem -> err.println("  " + problem));
            System.exit(1);
        }
    }

    /** Asks each page twice (gzip, then no coding) and notes every answer that is not the expected one. */
    private static void read(URI app, List<String> problems) throws IOException {
        String home = get(app, "/", 200, problems);
        List<String> paths = new ArrayList<>();
        paths.add(first(DOCUMENT, home, "a document link", problems));
        paths.addAll(List.of("/search?q=alliance", "/organizations/hezbollah", "/concepts", "/works", "/network",
                "/healthz"));
        paths.add(first(STYLESHEET, home, "a stylesheet link", problems));
        for (String path : paths) {
            if (path != null) {
                get(app, path, 200, problems);
            }
        }
        get(app, "/documents/no-such-document", 404, problems);
    }

    /** The body of the answer without coding. */
    private static String get(URI app, String path, int expected, List<String> problems) throws IOException {
        String body = "";
        for (boolean gzip : new boolean[] {true, false}) {
            HttpURLConnection connection = (HttpURLConnection) app.resolve(path).toURL().openConnection();
            connection.setConnectTimeout((int) Duration.ofSeconds(10).toMillis());
            connection.setReadTimeout((int) Duration.ofSeconds(30).toMillis());
            if (gzip) {
                connection.setRequestProperty("Accept-Encoding", "gzip");
            }
            int status = connection.getResponseCode();
            if (status != expected) {
                problems.add(path + (gzip ? " (gzip)" : "") + ": " + status + ", expected " + expected);
            }
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return body;
    }

    private static String first(Pattern link, String page, String what, List<String> problems) {
        Matcher matcher = link.matcher(page);
        if (matcher.find()) {
            return matcher.group(1).replace("&amp;", "&");
        }
        problems.add("/: no " + what);
        return null;
    }
}
