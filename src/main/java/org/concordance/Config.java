package org.concordance;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.concordance.importer.Given;

/**
 * How to run Concordance: which command, on which port, reading which content folder, keeping its
 * catalog and index in which data folder, and under which public address. Command-line options win
 * over environment variables, which win over the defaults.
 *
 * @param host the address to listen on ({@code 127.0.0.1} for this machine alone, behind a proxy);
 *     empty means every address the machine has
 * @param baseUrl the public address of the site ({@code https://library.example.org}), the only
 *     source of absolute URLs in pages; empty means the address the app listens on
 * @param watch whether {@code serve} re-ingests the content when its files change
 * @param imports what {@code import} reads and how it writes; empty lists for other commands
 */
public record Config(Command command, int port, Optional<String> host, Path content, Path data, Optional<URI> baseUrl,
        boolean watch, Imports imports) {
    public static final int DEFAULT_PORT = 7070;

    public enum Command { SERVE, CHECK, IMPORT, HELP }

    /**
     * The arguments of {@code import}.
     *
     * @param files the files to import, in the order given
     * @param given the slug to write the document under and the address it was published at; only with one file
     * @param force whether an existing document file may be overwritten
     */
    public record Imports(List<Path> files, Given given, boolean force) {
        public static final Imports NONE = new Imports(List.of(), Given.NONE, false);

        public Imports {
            files = List.copyOf(files);
            Objects.requireNonNull(given, "given");
        }
    }

    public Config {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(imports, "imports");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }

    /**
     * Serving {@code content} on {@code port} (0: any free port) of this machine's loopback address
     * alone, with its catalog in {@code data}: what tests and benchmarks run.
     */
    public static Config serve(int port, Path content, Path data) {
        return new Config(Command.SERVE, port, Optional.of(LOOPBACK), content, data, Optional.empty(), false, Imports.NONE);
    }

    /** The loopback address: listening on it, the app answers only this machine (a proxy in front of it, a test). */
    public static final String LOOPBACK = "127.0.0.1";

    /** The same configuration listening on {@code host} (empty: every address). */
    public Config withHost(Optional<String> host) {
        return new Config(command, port, host, content, data, baseUrl, watch, imports);
    }

    /** The same configuration with a public base URL. */
    public Config withBaseUrl(URI url) {
        return new Config(command, port, host, content, data, Optional.of(url), watch, imports);
    }

    /** The same configuration, watching the content folder or not. */
    public Config withWatch(boolean on) {
        return new Config(command, port, host, content, data, baseUrl, on, imports);
    }

    public static final String USAGE = """
            Usage: java -jar concordance.jar [serve|check|import] [options] [FILE...]

            Commands:
              serve              ingest the content if it changed and serve the library (default)
              check              validate the content, list every problem and exit non-zero if any
              import FILE...     turn plain text, saved web pages (.html) and PDFs into documents
                                 in the content folder's documents/

            Options (each also read from an environment variable):
              --port N           HTTP port                        CONCORDANCE_PORT     (default 7070)
              --host ADDRESS     the address to listen on, e.g.   CONCORDANCE_HOST     (default: every
                                 127.0.0.1 behind a proxy                              address)
              --content DIR      the library's source files       CONCORDANCE_CONTENT  (default ./content)
              --data DIR         where the catalog and index live CONCORDANCE_DATA     (default ./data)
              --base-url URL     the site's public address, for   CONCORDANCE_BASE_URL (default: the
                                 absolute links in pages                               address it listens on)
              --watch            re-ingest when content files     CONCORDANCE_WATCH    (default off)
                                 change, without a restart
              --slug S           import: the document's slug (one file only)
              --url URL          import: the address the text was published at,
                                 which its citations give (one file only)
              --force            import: overwrite an existing document
              --help             print this help
              --                 import: the options end; a file named "-x.txt" follows
            """;

    /** Reads the command line and the environment; throws with a helpful message on a bad value. */
    public static Config parse(List<String> args, Map<String, String> env) {
        Command command = Command.SERVE;
        String port = env.getOrDefault("CONCORDANCE_PORT", String.valueOf(DEFAULT_PORT));
        String host = env.getOrDefault("CONCORDANCE_HOST", "");
        String content = env.getOrDefault("CONCORDANCE_CONTENT", "content");
        String data = env.getOrDefault("CONCORDANCE_DATA", "data");
        String baseUrl = env.getOrDefault("CONCORDANCE_BASE_URL", "");
        boolean watch = flag("CONCORDANCE_WATCH", env.getOrDefault("CONCORDANCE_WATCH", "false"));
        Optional<String> slug = Optional.empty();
        Optional<String> url = Optional.empty();
        boolean force = false;
        List<Path> files = new ArrayList<>();
        List<String> rest = new ArrayList<>(args);
        boolean commandSeen = false;
        boolean help = false;
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--help", "-h", "help" -> help = true;
                case "--port" -> port = value(arg, rest);
                case "--host" -> {
                    host = value(arg, rest);
                    if (host.isBlank()) { // an unset variable in a script: never every address by mistake
                        throw new IllegalArgumentException("--host needs an address, such as 127.0.0.1; leave it out to "
                                + "listen on every address");
                    }
                }
                case "--content" -> content = value(arg, rest);
                case "--data" -> data = value(arg, rest);
                case "--base-url" -> baseUrl = value(arg, rest);
                case "--slug" -> slug = Optional.of(value(arg, rest));
                case "--url" -> url = Optional.of(value(arg, rest).strip());
                case "--watch" -> watch = true;
                case "--force" -> force = true;
                case "--" -> {
                    // The end of the options, as POSIX utilities read it: what follows is files, a name
                    // that begins with a dash ("-draft.txt") included.
                    rest.forEach(file -> files.add(Path.of(file)));
                    rest.clear();
                }
                case "serve", "check", "import" -> {
                    if (commandSeen) {
                        files.add(Path.of(arg));
                        continue;
                    }
                    commandSeen = true;
                    command = Command.valueOf(arg.toUpperCase(Locale.ROOT));
                }
                default -> {
                    int eq = arg.indexOf('=');
                    if (arg.startsWith("--") && eq > 2 && List.of("--port", "--host", "--content", "--data", "--base-url", "--slug", "--url")
                            .contains(arg.substring(0, eq))) {
                        rest.add(0, arg.substring(eq + 1));
                        rest.add(0, arg.substring(0, eq));
                    } else if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("unknown option '" + arg + "'" + (arg.startsWith("--") ? ""
                                : "; a file whose name begins with '-' comes after '--' (import -- " + arg + ")"));
                    } else {
                        files.add(Path.of(arg));
                    }
                }
            }
        }
        if (help) {
            command = Command.HELP;
        }
        if (command == Command.IMPORT && files.isEmpty()) {
            throw new IllegalArgumentException("import needs at least one file to read");
        }
        if (command != Command.IMPORT && command != Command.HELP && !files.isEmpty()) {
            throw new IllegalArgumentException("unknown argument '" + files.get(0) + "'");
        }
        if (command != Command.IMPORT && command != Command.HELP && (slug.isPresent() || url.isPresent() || force)) {
            throw new IllegalArgumentException("--slug, --url and --force belong to the import command");
        }
        Given given = new Given(slug, url);
        if (given.any() && files.size() > 1) {
            throw new IllegalArgumentException((slug.isPresent() ? "--slug" : "--url") + " names one document; it cannot be"
                    + " used with " + files.size() + " files");
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, was '" + port + "'");
        }
        if (portNumber < 0 || portNumber > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + portNumber);
        }
        return new Config(command, portNumber, host(host), Path.of(content), Path.of(data), baseUrl(baseUrl), watch,
                new Imports(files, given, force));
    }

    /**
     * An address to listen on: an IPv4 or IPv6 address of this machine or a name of one, as written
     * (an IPv6 address without brackets); blank means every address. Checked here, since Jetty says
     * of an address it cannot listen on only that the port is in use.
     */
    static Optional<String> host(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String wanted = "the host must be an address of this machine, such as 127.0.0.1 or ::1, or a name of one; was '"
                + value + "'";
        if (!value.matches("[A-Za-z0-9.:%-]+") || value.startsWith("-")) {
            throw new IllegalArgumentException(wanted);
        }
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(value);
            if (!address.isAnyLocalAddress() && !address.isLoopbackAddress()
                    && java.net.NetworkInterface.getByInetAddress(address) == null) {
                throw new IllegalArgumentException(wanted + " (" + address.getHostAddress() + " is not one of its addresses)");
            }
        } catch (java.io.IOException e) { // an unknown name, or the interfaces cannot be listed
            throw new IllegalArgumentException(wanted + " (" + e.getMessage() + ")");
        }
        return Optional.of(value);
    }

    /**
     * An absolute {@code http} or {@code https} address without query or fragment; a trailing slash
     * is dropped so paths can be appended. Blank means none.
     */
    static Optional<URI> baseUrl(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("the base URL must be an http or https address such as "
                        + "https://library.example.org, without query or fragment; was '" + value + "'");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return Optional.of(new URI(scheme + "://" + uri.getRawAuthority() + path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base URL is not a URL: '" + value + "'");
        }
    }

    private static boolean flag(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "0", "false", "no", "off" -> false;
            case "1", "true", "yes", "on" -> true;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        };
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
