package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void defaultsServeTheBundledContentOnPort7070() {
        assertThat(Config.parse(List.of(), Map.of()))
                .isEqualTo(Config.serve(7070, Path.of("content"), Path.of("data")).withHost(java.util.Optional.empty()));
    }

    @Test
    void environmentOverridesDefaultsAndOptionsOverrideTheEnvironment() {
        Map<String, String> env = Map.of("CONCORDANCE_PORT", "8080", "CONCORDANCE_CONTENT", "/lib", "CONCORDANCE_DATA", "/var/c");
        assertThat(Config.parse(List.of(), env))
                .isEqualTo(Config.serve(8080, Path.of("/lib"), Path.of("/var/c")).withHost(java.util.Optional.empty()));
        assertThat(Config.parse(List.of(), Map.of("CONCORDANCE_HOST", "127.0.0.1")).host()).contains("127.0.0.1");
        assertThat(Config.parse(List.of("--host", "::1"), Map.of("CONCORDANCE_HOST", "127.0.0.1")).host()).contains("::1");
        assertThat(Config.parse(List.of("--host=localhost"), Map.of()).host()).contains("localhost");
        assertThat(Config.parse(List.of("check", "--port", "9090", "--data=/tmp/d"), env))
                .isEqualTo(new Config(Config.Command.CHECK, 9090, java.util.Optional.empty(), Path.of("/lib"), Path.of("/tmp/d"), java.util.Optional.empty(), false, Config.Imports.NONE));
    }

    @Test
    void badValuesAreRefusedWithAMessageNamingThem() {
        assertThatThrownBy(() -> Config.parse(List.of("--port", "seventy"), Map.of())).hasMessageContaining("'seventy'");
        assertThatThrownBy(() -> Config.parse(List.of("--port", "70000"), Map.of())).hasMessageContaining("70000");
        assertThatThrownBy(() -> Config.parse(List.of("--colour"), Map.of())).hasMessageContaining("'--colour'");
        assertThatThrownBy(() -> Config.parse(List.of("colour"), Map.of())).hasMessageContaining("'colour'");
        assertThatThrownBy(() -> Config.parse(List.of("--data"), Map.of())).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> Config.parse(List.of("--host", "http://x/"), Map.of())).hasMessageContaining("'http://x/'");
        // Jetty says only "port already in use" of an address it cannot listen on.
        for (String host : List.of("8.8.8.8", "192.0.2.254", "-1", "127.0.0.1:7430")) { // no name: no DNS asked in a test
            assertThatThrownBy(() -> Config.parse(List.of("--host", host), Map.of())).as(host)
                    .hasMessageContaining("the host must be an address of this machine").hasMessageContaining("'" + host + "'");
        }
        assertThatThrownBy(() -> Config.parse(List.of("--host", ""), Map.of())).hasMessageContaining("--host needs an address");
        assertThat(Config.parse(List.of(), Map.of("CONCORDANCE_HOST", "")).host()).isEmpty();
    }

    @Test
    void helpListsTheOptionsAndTheirVariables() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(App.run(List.of("--help"), new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "check", "--port", "CONCORDANCE_PORT",
                "CONCORDANCE_CONTENT", "CONCORDANCE_DATA");
    }

    @Test
    void checkPassesOnTheBundledContentAndFailsWithEveryProblemListed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(App.run(List.of("check"), new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("content is valid: 3 documents");

        java.nio.file.Files.createDirectories(dir.resolve("documents"));
        java.nio.file.Files.writeString(dir.resolve("documents/a.md"), "---\nkind: essay\n---\nText.[^1]\n");
        java.nio.file.Files.writeString(dir.resolve("documents/b.txt"), "not markdown");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(App.run(List.of("check", "--content", dir.toString()), System.out, new PrintStream(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a.md:2: unknown kind 'essay'", "a.md:4: note marker [^1] has no note",
                "'source' is required", "b.txt: documents/ holds Markdown files");
    }

    @Test
    void theBaseUrlComesFromOptionOrEnvironmentAndLosesItsTrailingSlash() {
        assertThat(Config.parse(List.of("--base-url", "https://library.example.org/"), Map.of()).baseUrl())
                .contains(java.net.URI.create("https://library.example.org"));
        assertThat(Config.parse(List.of(), Map.of("CONCORDANCE_BASE_URL", "http://h.example:8080/c/")).baseUrl())
                .contains(java.net.URI.create("http://h.example:8080/c"));
        assertThat(Config.parse(List.of(), Map.of()).baseUrl()).isEmpty();
        assertThatThrownBy(() -> Config.parse(List.of("--base-url", "ftp://x.example"), Map.of())).hasMessageContaining("ftp://x.example");
        assertThatThrownBy(() -> Config.parse(List.of("--base-url", "https://x.example/?q=1"), Map.of())).hasMessageContaining("without query");
        assertThatThrownBy(() -> Config.parse(List.of("--base-url", "not a url"), Map.of())).hasMessageContaining("'not a url'");
    }

    @Test
    void importTakesFilesAndItsOwnOptions() {
        Config config = Config.parse(List.of("import", "a.txt", "b.html", "--force", "--content", "/lib"), Map.of());
        assertThat(config.command()).isEqualTo(Config.Command.IMPORT);
        assertThat(config.imports().files()).containsExactly(Path.of("a.txt"), Path.of("b.html"));
        assertThat(config.imports().force()).isTrue();
        assertThat(config.content()).isEqualTo(Path.of("/lib"));
        assertThat(Config.parse(List.of("import", "a.pdf", "--slug", "my-text"), Map.of()).imports().given().slug()).contains("my-text");
        assertThatThrownBy(() -> Config.parse(List.of("import"), Map.of())).hasMessageContaining("at least one file");
        // The address a text was published at, for the one file: what its citations give.
        assertThat(Config.parse(List.of("import", "a.pdf", "--url=https://example.org/a.pdf"), Map.of()).imports().given().url())
                .contains("https://example.org/a.pdf");
        assertThatThrownBy(() -> Config.parse(List.of("import", "a.pdf", "--url", "example.org/a.pdf"), Map.of()))
                .hasMessageContaining("'example.org/a.pdf' is not an absolute http or https address");
        assertThatThrownBy(() -> Config.parse(List.of("import", "a.pdf", "--url", "https://example.org/a b.pdf"), Map.of()))
                .hasMessageContaining("has a space in it");
        assertThatThrownBy(() -> Config.parse(List.of("import", "a", "b", "--url", "https://example.org/"), Map.of()))
                .hasMessageContaining("--url names one document");
        assertThatThrownBy(() -> Config.parse(List.of("check", "--url", "https://example.org/"), Map.of()))
                .hasMessageContaining("import command");
        assertThatThrownBy(() -> Config.parse(List.of("import", "a", "b", "--slug", "s"), Map.of())).hasMessageContaining("one document");
        assertThatThrownBy(() -> Config.parse(List.of("serve", "a.txt"), Map.of())).hasMessageContaining("'a.txt'");
        assertThatThrownBy(() -> Config.parse(List.of("serve", "--force"), Map.of())).hasMessageContaining("import command");
        // A file named with a leading dash comes after "--", the end of the options (a trial: refused both ways).
        assertThat(Config.parse(List.of("import", "--force", "--", "-draft.txt", "--notes.txt"), Map.of()).imports().files())
                .containsExactly(Path.of("-draft.txt"), Path.of("--notes.txt"));
        assertThatThrownBy(() -> Config.parse(List.of("import", "-draft.txt"), Map.of()))
                .hasMessageContaining("unknown option '-draft.txt'; a file whose name begins with '-' comes after '--'");
    }

    @Test
    void watchIsOffUnlessAskedFor() {
        assertThat(Config.parse(List.of(), Map.of()).watch()).isFalse();
        assertThat(Config.parse(List.of("serve", "--watch"), Map.of()).watch()).isTrue();
        assertThat(Config.parse(List.of(), Map.of("CONCORDANCE_WATCH", "true")).watch()).isTrue();
        assertThatThrownBy(() -> Config.parse(List.of(), Map.of("CONCORDANCE_WATCH", "sometimes"))).hasMessageContaining("'sometimes'");
    }
}
