package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages kept on disk read back exactly, and anything else in their place reads as absent. */
class PageStoreTest {
    @TempDir
    Path root;

    private static final CachedPage PAGE = CachedPage.html("<!DOCTYPE html><title>Ħezbollah — حزب الله</title>")
            .withBrotli(new byte[] {1, 2, 3});

    @Test
    void aPageReadsBackAsItWasKept() throws IOException {
        PageStore store = PageStore.open(root, PageStore.edition("content-1", "https://library.example.org"));
        CachedPage download = CachedPage.download("application/x-bibtex; charset=utf-8", "works.bib",
                "@book{x}".getBytes(StandardCharsets.UTF_8));
        store.write("/documents/x", PAGE);
        store.write("/works.bib", download);

        CachedPage read = store.read("/documents/x").orElseThrow();
        assertThat(read.identity()).isEqualTo(PAGE.identity());
        assertThat(read.gzip().orElseThrow()).isEqualTo(PAGE.gzip().orElseThrow());
        assertThat(read.brotli().orElseThrow()).isEqualTo(new byte[] {1, 2, 3});
        assertThat(read.tag()).isEqualTo(PAGE.tag());
        assertThat(read.contentType()).isEqualTo(PAGE.contentType());
        assertThat(read.attachment()).isEmpty();
        assertThat(store.read("/works.bib").orElseThrow().attachment()).contains("works.bib");
        assertThat(store.read("/documents/y")).isEmpty();
    }

    @Test
    void damagedOrForeignFilesReadAsAbsent() throws IOException {
        PageStore store = PageStore.open(root, PageStore.edition("content-1", "https://library.example.org"));
        store.write("/a", PAGE);
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        for (byte[] damaged : List.of(new byte[0], "not a page".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(whole, whole.length / 2), java.util.Arrays.copyOf(whole, whole.length + 1))) {
            Files.write(file, damaged);
            assertThat(store.read("/a")).isEmpty();
        }
        // A body changed on disk no longer matches its entity tag.
        whole[whole.length - 40] ^= 1;
        Files.write(file, whole);
        assertThat(store.read("/a")).isEmpty();
    }

    @Test
    void openingAnEditionDeletesTheOthers() throws IOException {
        String one = PageStore.edition("content-1", "https://library.example.org");
        String two = PageStore.edition("content-2", "https://library.example.org");
        assertThat(PageStore.edition("content-1", "https://mirror.example.org")).isNotEqualTo(one);
        PageStore.open(root, one).write("/a", PAGE);
        assertThat(PageStore.existing(root, one)).isPresent();
        assertThat(PageStore.existing(root, two)).isEmpty();

        PageStore.open(root, two);
        assertThat(PageStore.existing(root, one)).isEmpty();
        assertThat(PageStore.existing(root, two).flatMap(store -> store.read("/a"))).isEmpty();
    }

    @Test
    void filesWhereFoldersBelongAndHalfWrittenPagesAreCleared() throws IOException {
        Path pages = root.resolve("pages");
        Files.writeString(pages, "not a folder");
        String edition = PageStore.edition("content-1", "https://library.example.org");
        PageStore.open(pages, edition).write("/a", PAGE);
        Path unfinished = pages.resolve(edition).resolve("0123.page.7.tmp");
        Files.writeString(unfinished, "half");
        assertThat(PageStore.open(pages, edition).read("/a")).isPresent();
        assertThat(unfinished).doesNotExist();

        Path other = PageStore.edition("content-2", "https://library.example.org").transform(pages::resolve);
        Files.writeString(other, "a file where an edition's folder belongs");
        assertThat(PageStore.open(pages, other.getFileName().toString()).read("/a")).isEmpty();
        assertThat(other).isDirectory();
    }

    @Test
    void aCacheInFrontOfTheStoreReadsItBeforeRendering() throws IOException {
        PageStore store = PageStore.open(root, PageStore.edition("content-1", "https://library.example.org"));
        store.write("/a", PAGE);
        PageCache cache = new PageCache(1 << 20, (bytes, task) -> {
            task.run();
            return true;
        }, Optional.of(store));
        assertThat(cache.get("/a", () -> {
            throw new AssertionError("a kept page is not rendered again");
        }).tag()).isEqualTo(PAGE.tag());
        assertThat(cache.peek("/b")).isEmpty();

        // Rendered pages are stored; pages kept under a request (a search) are not.
        cache.get("/b", () -> CachedPage.html("<p>b</p>"));
        cache.get("/search q=x", () -> CachedPage.html("<p>results</p>"));
        assertThat(store.read("/b")).isPresent();
        assertThat(store.read("/search q=x")).isEmpty();
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }
}
