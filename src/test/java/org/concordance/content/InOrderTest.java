package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items made on other threads are taken in their order, and the first failure stops the rest. */
class InOrderTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 500).boxed().toList();

    @Test
    void everyItemIsTakenInItsOrderWithWhatWasMadeOfIt() {
        List<String> taken = new ArrayList<>();
        InOrder.<Integer, String, RuntimeException>run(ITEMS.iterator(), item -> "made " + item,
                (item, made) -> taken.add(item + ": " + made), 3, 16, "test");
        assertThat(taken).containsExactlyElementsOf(ITEMS.stream().map(item -> item + ": made " + item).toList());
    }

    @Test
    void aFailureToMakeAnItemIsThrownAsItWasAndNothingAfterItIsTaken() {
        List<Integer> taken = new ArrayList<>();
        assertThatThrownBy(() -> InOrder.<Integer, Integer, RuntimeException>run(ITEMS.iterator(), item -> {
            if (item == 40) {
                throw new IllegalStateException("cannot make 40");
            }
            return item;
        }, (item, made) -> taken.add(made), 2, 8, "test")).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot make 40");
        assertThat(taken).containsExactlyElementsOf(ITEMS.subList(0, 40));
    }

    @Test
    void aFailureToTakeAnItemIsThrownAsItWas() {
        assertThatThrownBy(() -> InOrder.<Integer, Integer, IOException>run(ITEMS.iterator(), item -> item, (item, made) -> {
            if (item == 3) {
                throw new IOException("disk full at 3");
            }
        }, 2, 8, "test")).isInstanceOf(IOException.class).hasMessage("disk full at 3");
    }

    @Test
    void readAheadEveryItemComesInItsOrderAndNothingIsMadeBeforeTheFirstRead() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Iterator<String> read = InOrder.ahead(ITEMS.iterator(), item -> {
            made.incrementAndGet();
            return "made " + item;
        }, 3, 16, "test-ahead");
        assertThat(made).hasValue(0);
        List<String> all = new ArrayList<>();
        read.forEachRemaining(all::add);
        assertThat(all).containsExactlyElementsOf(ITEMS.stream().map(item -> "made " + item).toList());
        assertThat(read.hasNext()).isFalse();
    }

    @Test
    void readAheadAFailureToMakeAnItemIsThrownAsItWasAndEndsTheReading() {
        java.util.Iterator<Integer> read = InOrder.ahead(ITEMS.iterator(), item -> {
            if (item == 40) {
                throw new IllegalStateException("cannot make 40");
            }
            return item;
        }, 2, 8, "test-ahead");
        List<Integer> all = new ArrayList<>();
        assertThatThrownBy(() -> read.forEachRemaining(all::add)).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot make 40");
        assertThat(all).containsExactlyElementsOf(ITEMS.subList(0, 40));
        assertThat(read.hasNext()).isFalse();
    }

    @Test
    void readAheadLeavesNoThreadBehindWhenLeftUnread() throws InterruptedException {
        java.util.Iterator<Integer> read = InOrder.ahead(ITEMS.iterator(), item -> item, 2, 8, "test-left-unread");
        assertThat(read.next()).isZero();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("test-left-unread"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("test-left-unread"));
    }
}
