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
                .isEqualTo(new Config(Config.Command.SERVE, 7070, Path.of("content"), Path.of("data")));
    }

    @Test
    void environmentOverridesDefaultsAndOptionsOverrideTheEnvironment() {
        Map<String, String> env = Map.of("CONCORDANCE_PORT", "8080", "CONCORDANCE_CONTENT", "/lib", "CONCORDANCE_DATA", "/var/c");
        assertThat(Config.parse(List.of(), env)).isEqualTo(new Config(Config.Command.SERVE, 8080, Path.of("/lib"), Path.of("/var/c")));
        assertThat(Config.parse(List.of("check", "--port", "9090", "--data=/tmp/d"), env))
                .isEqualTo(new Config(Config.Command.CHECK, 9090, Path.of("/lib"), Path.of("/tmp/d")));
    }

    @Test
    void badValuesAreRefusedWithAMessageNamingThem() {
        assertThatThrownBy(() -> Config.parse(List.of("--port", "seventy"), Map.of())).hasMessageContaining("'seventy'");
        assertThatThrownBy(() -> Config.parse(List.of("--port", "70000"), Map.of())).hasMessageContaining("70000");
        assertThatThrownBy(() -> Config.parse(List.of("--colour"), Map.of())).hasMessageContaining("'--colour'");
        assertThatThrownBy(() -> Config.parse(List.of("--data"), Map.of())).hasMessageContaining("--data needs a value");
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
                "'summary' is required", "b.txt: documents/ holds Markdown files");
    }
}
