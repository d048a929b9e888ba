package org.concordance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run Concordance: which command, on which port, reading which content folder, keeping its
 * catalog and index in which data folder. Command-line options win over environment variables,
 * which win over the defaults.
 */
public record Config(Command command, int port, Path content, Path data) {
    public static final int DEFAULT_PORT = 7070;

    public enum Command { SERVE, CHECK, HELP }

    public Config {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(data, "data");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }

    public static final String USAGE = """
            Usage: java -jar concordance.jar [serve|check] [options]

            Commands:
              serve              ingest the content if it changed and serve the library (default)
              check              validate the content, list every problem and exit non-zero if any

            Options (each also read from an environment variable):
              --port N           HTTP port                        CONCORDANCE_PORT     (default 7070)
              --content DIR      the library's source files       CONCORDANCE_CONTENT  (default ./content)
              --data DIR         where the catalog and index live CONCORDANCE_DATA     (default ./data)
              --help             print this help
            """;

    /** Reads the command line and the environment; throws with a helpful message on a bad value. */
    public static Config parse(List<String> args, Map<String, String> env) {
        Command command = Command.SERVE;
        String port = env.getOrDefault("CONCORDANCE_PORT", String.valueOf(DEFAULT_PORT));
        String content = env.getOrDefault("CONCORDANCE_CONTENT", "content");
        String data = env.getOrDefault("CONCORDANCE_DATA", "data");
        List<String> rest = new ArrayList<>(args);
        boolean commandSeen = false;
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "--help", "-h", "help" -> command = Command.HELP;
                case "--port" -> port = value(arg, rest);
                case "--content" -> content = value(arg, rest);
                case "--data" -> data = value(arg, rest);
                case "serve", "check" -> {
                    if (commandSeen) {
                        throw new IllegalArgumentException("only one command at a time, got a second: " + arg);
                    }
                    commandSeen = true;
                    if (command != Command.HELP) {
                        command = arg.equals("serve") ? Command.SERVE : Command.CHECK;
                    }
                }
                default -> {
                    if (arg.startsWith("--port=") || arg.startsWith("--content=") || arg.startsWith("--data=")) {
                        int eq = arg.indexOf('=');
                        rest.add(0, arg.substring(eq + 1));
                        rest.add(0, arg.substring(0, eq));
                    } else {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                }
            }
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
        return new Config(command, portNumber, Path.of(content), Path.of(data));
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
