package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;

/**
 * A library replaced by an edit is let go: only the one served stays in the heap. Found at 10,003
 * documents, where the library the start read ahead from the snapshot was held by the app for the
 * rest of its run, and the heap after an edit was 341 MB where it had been 244 MB.
 */
class EditionsLetGoTest {
    private static final long PATIENCE_NANOS = 30_000_000_000L;

    @Test
    void theLibraryServedBeforeAnEditIsLetGo() throws Exception {
        try (TestApp app = TestApp.startWatching()) {
            app.restart(); // the library the first run kept, read as the app starts
            WeakReference<Library> first = new WeakReference<>(app.served().orElseThrow());

            Path file = app.content().resolve("documents/why-terrorist-actors-cooperate.md");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replace("title: Why Terrorist Actors Cooperate",
                    "title: Why Terrorist Actors Cooperate, Revised"), StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            while (app.served().orElseThrow() == first.get()
                    || app.get("/search?q=Revised").body().indexOf("Cooperate, Revised") < 0) {
                assertThat(System.nanoTime()).as("the edit served within 30 s").isLessThan(deadline);
                Thread.sleep(100);
            }

            // Collected once nothing holds it; a few collections, as one may not clear it.
            for (int i = 0; i < 50 && first.get() != null; i++) {
                System.gc();
                Thread.sleep(100);
            }
            assertThat(first.get()).as("the library served before the edit, still held").isNull();
        }
    }
}
