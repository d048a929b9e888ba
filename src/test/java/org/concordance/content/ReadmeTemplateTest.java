package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

/** README's content template is what an editor copies first: it must be a valid document as written. */
class ReadmeTemplateTest {
    @Test
    void theTemplateInReadmeParsesWithoutAProblem() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```markdown\n---\n");
        assertThat(start).as("README has a content template").isPositive();
        String template = readme.substring(start + "```markdown\n".length(), readme.indexOf("\n```", start + 12) + 1);
        List<ContentError> errors = new ArrayList<>();
        Document document = DocumentParser.parse(Path.of("content/documents/template.md"), template, errors).orElse(null);
        assertThat(errors).isEmpty();
        assertThat(document.metadata().title().map(Title::plain)).contains("Why Terrorist Actors Cooperate");
        assertThat(document.notes()).extracting(Note::label).containsExactly("14");
        assertThat(document.metadata().sourceFile()).isEqualTo("001_d759598a5038f35b.txt");
    }
}
