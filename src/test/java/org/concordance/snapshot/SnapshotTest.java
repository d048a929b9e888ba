package org.concordance.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;
import org.concordance.content.Deferred;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temporary folder: what is written is read back, and nothing else is. */
class SnapshotTest {
    record Part(String name, List<String> words) {
    }

    /** Shapes the library uses: records, immutable and mutable collections, a part held twice. */
    record Whole(List<Part> parts, Map<String, Part> byName, Optional<String> note, int count) {
    }

    record Foreign(Object held) {
    }

    /** Every primitive a record component can be, at its edges, beside components of any class. */
    private record Edges(boolean yes, byte smallest, char last, short negative, int least, long most, float nan,
            double tiny, Object any, List<Object> anyList, Optional<Part> part) {
    }

    /** A record whose constructor refuses what it is given while {@link #refuse} is set. */
    record Checked(int low, int high) {
        static volatile boolean refuse;

        Checked {
            if (refuse || low > high) {
                throw new IllegalArgumentException("low above high");
            }
        }
    }

    @TempDir
    Path folder;

    private static Whole whole() {
        Part shared = new Part("alliance", List.of("Hezbollah", "القاعدة", "ЛТТЭ"));
        Map<String, Part> byName = new HashMap<>();
        byName.put(shared.name(), shared);
        List<Part> parts = new ArrayList<>(List.of(shared, new Part("rivalry", List.of())));
        return new Whole(parts, byName, Optional.of("note"), 2);
    }

    @Test
    void whatIsWrittenIsReadBackEqualWithSharedPartsStillShared() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", whole());

        Whole read = Snapshot.read(file, "key-1", Whole.class).orElseThrow();

        assertThat(read).isEqualTo(whole());
        assertThat(read.byName().get("alliance")).isSameAs(read.parts().get(0));
        assertThat(folder.resolve("library.snapshot.tmp")).doesNotExist();
    }

    /** What a document holds: a part read at once, and parts kept apart until asked for. */
    record Held(String name, Deferred<Whole> text, Deferred<Part> other, List<Deferred<Part>> more) {
    }

    private static Held held() {
        return new Held("held", Deferred.of(whole()), Deferred.of(new Part("notes", List.of("fn-1", "fn-2"))),
                List.of(Deferred.of(new Part("a", List.of("fnref-1"))), Deferred.of(new Part("b", List.of("fnref-1")))));
    }

    @Test
    void aDeferredValueIsKeptApartAndReadOnlyWhenAskedFor() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", held());

        Held read = Snapshot.read(file, "key-1", Held.class).orElseThrow();

        assertThat(read.name()).isEqualTo("held");
        assertThat(read.text().isMade()).isFalse();
        assertThat(read.other().isMade()).isFalse();
        assertThat(read.more()).noneMatch(Deferred::isMade);
        Whole text = read.text().get();
        assertThat(text).isEqualTo(whole());
        // Within a value kept apart, shared parts stay shared.
        assertThat(text.byName().get("alliance")).isSameAs(text.parts().get(0));
        assertThat(read.other().isMade()).isFalse();
        // Equal strings of values kept apart are one object again, as they would be in one value.
        assertThat(read.more().get(1).get().words().get(0)).isSameAs(read.more().get(0).get().words().get(0));
        assertThat(read).isEqualTo(held());
        assertThat(read.text().get()).isSameAs(text);
    }

    @Test
    void aDeferredValueIsReadFromTheFileItWasFoundInEvenOnceAnotherIsWrittenInItsPlace() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", held());
        Held read = Snapshot.read(file, "key-1", Held.class).orElseThrow();

        // The next run's library, kept while this one is served: written beside, moved over.
        Snapshot.write(file, "key-2", new Held("next", Deferred.of(new Whole(List.of(), Map.of(), Optional.empty(), 0)),
                Deferred.of(new Part("other", List.of())), List.of()));

        assertThat(read.text().get()).isEqualTo(whole());
        assertThat(read.other().get()).isEqualTo(new Part("notes", List.of("fn-1", "fn-2")));
        assertThat(read.more().get(1).get()).isEqualTo(new Part("b", List.of("fnref-1")));
        assertThat(Snapshot.read(file, "key-2", Held.class).orElseThrow().name()).isEqualTo("next");
    }

    /** A document's text: releasable, held softly once kept in a snapshot and read from it again when let go. */
    private static Held releasable() {
        return new Held("held", Deferred.releasable(whole()), Deferred.of(new Part("notes", List.of("fn-1", "fn-2"))),
                List.of(Deferred.releasable(new Part("a", List.of("fnref-1"))), Deferred.releasable(new Part("b", List.of("x")))));
    }

    @Test
    void aReleasableValueReadBackIsReadAgainFromItsFileWhenLetGoEvenOnceTheFileIsReplaced() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", releasable());
        Held read = Snapshot.read(file, "key-1", Held.class).orElseThrow();
        assertThat(read.text().isReleasable()).isTrue();
        assertThat(read.other().isReleasable()).isFalse();
        assertThat(read.text().isMade()).isFalse();

        Whole first = read.text().get();
        assertThat(first).isEqualTo(whole());
        assertThat(read.text().get()).isSameAs(first);
        // The next run's library written in its place: what was read here is still read from this file.
        Snapshot.write(file, "key-2", new Held("next", Deferred.releasable(new Whole(List.of(), Map.of(), Optional.empty(), 0)),
                Deferred.of(new Part("other", List.of())), List.of()));
        read.text().letGo();
        Whole again = read.text().get();
        assertThat(again).isEqualTo(whole()).isNotSameAs(first);
        assertThat(again.byName().get("alliance")).isSameAs(again.parts().get(0));
        read.text().letGo();
        assertThat(read.text().get()).isEqualTo(whole());
        assertThat(read.other().get()).isEqualTo(new Part("notes", List.of("fn-1", "fn-2")));
    }

    @Test
    void aReleasableValueWrittenIsHandedOverToTheNewFileAndOneReadIsCopiedFromItsFile() throws Exception {
        Path first = folder.resolve("first.snapshot");
        Held held = releasable();
        Snapshot.write(first, "key-1", held);
        // Handed over: held as it was, and read from the file once let go, whatever happens to the name.
        assertThat(held.text().origin()).isPresent();
        assertThat(held.other().origin()).isEmpty();
        Files.delete(first);
        held.text().letGo();
        assertThat(held.text().get()).isEqualTo(whole());

        // Written again (the next start's snapshot), the values read from a file are copied from it.
        Path second = folder.resolve("second.snapshot");
        Snapshot.write(second, "key-2", held);
        held.more().forEach(Deferred::letGo);
        assertThat(held.more().get(1).get()).isEqualTo(new Part("b", List.of("x")));
        Held read = Snapshot.read(second, "key-2", Held.class).orElseThrow();
        assertThat(read).isEqualTo(releasable());
        assertThat(read.more()).allMatch(Deferred::isReleasable);
        // Read from the second file and written to a third, not asked for: copied, not read, and equal again.
        Held unread = Snapshot.read(second, "key-2", Held.class).orElseThrow();
        Path third = folder.resolve("third.snapshot");
        Snapshot.write(third, "key-3", unread);
        assertThat(unread.text().isMade()).isFalse();
        assertThat(unread.more()).noneMatch(Deferred::isMade);
        assertThat(Snapshot.read(third, "key-3", Held.class).orElseThrow()).isEqualTo(releasable());
        assertThat(Files.size(third)).isEqualTo(Files.size(second)); // the same bytes, but for the key's last digit
    }

    @Test
    void releasableValuesAreReadAgainOnManyThreadsAtOnceAndByAnInterruptedOneWithoutClosingTheFile() throws Exception {
        List<Deferred<Part>> parts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            parts.add(Deferred.releasable(new Part("p" + i, List.of("word " + i, "fn-" + i))));
        }
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Held("many", Deferred.of(whole()), Deferred.of(new Part("notes", List.of())), parts));
        Held read = Snapshot.read(file, "key-1", Held.class).orElseThrow();

        // A thread already interrupted (an ingest being stopped) reads one: the file stays open for the rest.
        Thread.currentThread().interrupt();
        try {
            assertThat(read.more().get(0).get()).isEqualTo(new Part("p0", List.of("word 0", "fn-0")));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> each = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < parts.size(); i++) {
                    int n = i;
                    each.add(threads.submit(() -> {
                        read.more().get(n).letGo();
                        return read.more().get(n).get().equals(new Part("p" + n, List.of("word " + n, "fn-" + n)));
                    }));
                }
            }
            for (java.util.concurrent.Future<Boolean> one : each) {
                assertThat(one.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void deferredValuesLongerThanTheReadBufferAreSkippedAndReadWhole() {
        // The read buffer is 64 KiB: values kept apart of 200 KiB and 1 byte over it, among small ones.
        List<Deferred<Part>> parts = new ArrayList<>();
        for (int size : List.of(5, 200 * 1024, 3, (1 << 16) + 1, 7)) {
            parts.add(Deferred.of(new Part("p" + size, List.of("x".repeat(size)))));
        }
        Held big = new Held("big", Deferred.of(whole()), Deferred.of(new Part("last", List.of("end"))), parts);
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", big);

        Held read = Snapshot.read(file, "key-1", Held.class).orElseThrow();

        assertThat(read.other().get()).isEqualTo(new Part("last", List.of("end")));
        assertThat(read.more().get(3).get().words().get(0)).hasSize((1 << 16) + 1);
        assertThat(read).isEqualTo(big);
    }

    @Test
    void aDeferredValueWithinOneKeptApartIsReadWithIt() {
        record Nested(Deferred<Held> inner) {
        }
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Nested(Deferred.of(held())));

        Nested read = Snapshot.read(file, "key-1", Nested.class).orElseThrow();

        Held inner = read.inner().get();
        assertThat(inner.text().isMade()).isTrue();
        assertThat(inner).isEqualTo(held());
    }

    @Test
    void equalStringsAreReadBackAsOneObjectAndTheFileIsSmaller() {
        // Strings made apart, as a library parsed file by file makes them: equal, not the same object.
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            labels.add(new StringBuilder("fnref-").append(i % 3).toString());
        }
        assertThat(labels.get(0)).isNotSameAs(labels.get(3));
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Part("notes", labels));

        Part read = Snapshot.read(file, "key-1", Part.class).orElseThrow();

        assertThat(read.words()).isEqualTo(labels);
        assertThat(read.words().get(3)).isSameAs(read.words().get(0));
        assertThat(read.words().get(4)).isSameAs(read.words().get(1)).isNotSameAs(read.words().get(0));
        assertThat(file.toFile().length()).isLessThan(1000 * "fnref-0".length());
    }

    @Test
    void whatAWriteCutShortLeftIsRemovedByTheNextRead() throws IOException {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", whole());
        Files.write(folder.resolve("library.snapshot.tmp"), new byte[1000]);

        assertThat(Snapshot.read(file, "key-1", Whole.class)).contains(whole());
        assertThat(folder.resolve("library.snapshot.tmp")).doesNotExist();
    }

    @Test
    void anotherKeyOrNoFileReadsAsNothing() {
        Path file = folder.resolve("library.snapshot");
        assertThat(Snapshot.read(file, "key-1", Whole.class)).isEmpty();
        Snapshot.write(file, "key-1", whole());
        assertThat(Snapshot.read(file, "key-2", Whole.class)).isEmpty();
    }

    @Test
    void aFileCutShortOrChangedIsRefused() throws IOException {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", whole());
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertThatThrownBy(() -> Snapshot.read(file, "key-1", Whole.class))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("cut short");

        byte[] changed = bytes.clone();
        changed[bytes.length / 2] ^= 0x20;
        Files.write(file, changed);
        assertThatThrownBy(() -> Snapshot.read(file, "key-1", Whole.class))
                .isInstanceOf(SnapshotException.class).hasMessageContaining("checksum");

        Files.write(file, new byte[3]);
        assertThatThrownBy(() -> Snapshot.read(file, "key-1", Whole.class)).isInstanceOf(SnapshotException.class);
    }

    /** A whole file naming a class outside the app, java.util and java.time makes no object of it. */
    @Test
    void aClassASnapshotMayNotHoldIsRefused() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Foreign(new BytesRef("x")));

        assertThatThrownBy(() -> Snapshot.read(file, "key-1", Foreign.class))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("org.apache.lucene.util.BytesRef");
    }

    /** Made only while {@link #HEAP_FULL} is false: reading one stands for a heap that ran out. */
    record Heavy(String name) {
        Heavy {
            if (HEAP_FULL.get()) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean HEAP_FULL = new java.util.concurrent.atomic.AtomicBoolean();

    /** A heap that runs out while reading is no fault of the file: it is thrown as it is, not as damage. */
    @Test
    void aHeapThatRunsOutIsNotDamage() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Foreign(new Heavy("mention")));
        HEAP_FULL.set(true);
        try {
            assertThatThrownBy(() -> Snapshot.read(file, "key-1", Foreign.class)).isInstanceOf(OutOfMemoryError.class);
        } finally {
            HEAP_FULL.set(false);
        }
    }

    @Test
    void aValueThatCannotBeWrittenLeavesTheFileBefore() throws IOException {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", whole());
        byte[] before = Files.readAllBytes(file);

        // The JDK does not open java.lang.Thread's fields to Kryo.
        assertThatThrownBy(() -> Snapshot.write(file, "key-2", new Foreign(new Thread(() -> { }))))
                .isInstanceOf(SnapshotException.class).hasMessageContaining(file.toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(folder.resolve("library.snapshot.tmp")).doesNotExist();
    }

    @Test
    void everyKindOfRecordComponentIsReadBackAsWritten() {
        Path file = folder.resolve("library.snapshot");
        Part shared = new Part("rivalry", List.of("ETA"));
        Edges edges = new Edges(true, Byte.MIN_VALUE, '\uffff', Short.MIN_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Float.NaN,
                Double.MIN_VALUE, shared, new ArrayList<>(List.of(shared, 7, "سبع")), Optional.of(shared));
        Snapshot.write(file, "key-1", edges);

        Edges read = Snapshot.read(file, "key-1", Edges.class).orElseThrow();

        assertThat(read).isEqualTo(edges);
        assertThat(read.anyList().get(0)).isSameAs(read.any()).isSameAs(read.part().orElseThrow());
    }

    @Test
    void aRecordItsConstructorRefusesIsDamage() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key-1", new Checked(1, 2));
        Checked.refuse = true;
        try {
            assertThatThrownBy(() -> Snapshot.read(file, "key-1", Checked.class))
                    .isInstanceOf(SnapshotException.class).hasMessageContaining("refused by its constructor")
                    .hasMessageContaining("low above high");
        } finally {
            Checked.refuse = false;
        }
    }
}
