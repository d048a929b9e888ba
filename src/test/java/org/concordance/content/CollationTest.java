package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names and titles A to Z as readers file them, whatever their letters (a trial: "Über…" listed after "Why…"). */
class CollationTest {
    @TempDir
    Path root;

    @Test
    void accentedAndOtherLettersFileAmongTheirBaseLetters() {
        List<String> names = Stream.of("Zeta Front", "Why Terrorist Actors Cooperate", "Über die Allianz", "Çelik, Ayşe",
                "apple", "Ōtomo", "Celik, Ayse", "Über die allianz").sorted(Collation.NAMES).toList();
        assertThat(names).containsExactly("apple", "Celik, Ayse", "Çelik, Ayşe", "Ōtomo", "Über die Allianz", "Über die allianz",
                "Why Terrorist Actors Cooperate", "Zeta Front");
    }

    @Test
    void theLibraryListsItsDocumentsInThatOrder() throws Exception {
        for (String title : List.of("Why Groups Ally", "Über die Allianz", "Alliances in Brief")) {
            String slug = Slugs.slugOr(title, "x");
            Files.createDirectories(root.resolve("documents"));
            Files.createDirectories(root.resolve("sources"));
            Files.writeString(root.resolve("documents/" + slug + ".md"), """
                    ---
                    title: %s
                    kind: blog-post
                    source: %s.txt
                    ---
                    Groups form alliances when they gain from them.
                    """.formatted(title, slug));
            Files.writeString(root.resolve("sources/" + slug + ".txt"), title);
        }
        assertThat(new ContentLoader(root).load().documents()).extracting(d -> d.metadata().displayTitle())
                .containsExactly("Alliances in Brief", "Über die Allianz", "Why Groups Ally");
    }
}
