package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTest {
    @Test
    void aValueGivenMadeIsMade() {
        Deferred<String> made = Deferred.of("text");
        assertThat(made.isMade()).isTrue();
        assertThat(made.get()).isEqualTo("text");
        assertThatThrownBy(() -> Deferred.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLaterValueIsMadeOnceByTheFirstOfManyThreadsToAsk() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Deferred<List<String>> later = Deferred.later(() -> {
            made.incrementAndGet();
            return List.of("paragraph");
        });
        assertThat(later.isMade()).isFalse();
        assertThat(later.toString()).isEqualTo("(not read yet)");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> asked = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asked.add(threads.submit(() -> {
                    start.await();
                    return later.get();
                }));
            }
            start.countDown();
            for (Future<List<String>> answer : asked) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(later.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(made).hasValue(1);
        assertThat(later.isMade()).isTrue();
    }

    @Test
    void aSourceThatFailsIsAskedAgainAndOneThatGivesNullIsRefused() {
        AtomicInteger calls = new AtomicInteger();
        Deferred<String> flaky = Deferred.later(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("the disk failed");
            }
            return "read";
        });
        assertThatThrownBy(flaky::get).hasMessage("the disk failed");
        assertThat(flaky.isMade()).isFalse();
        assertThat(flaky.get()).isEqualTo("read");
        assertThat(calls).hasValue(2);
        assertThatThrownBy(() -> Deferred.later(() -> null).get()).isInstanceOf(NullPointerException.class);
    }

    @Test
    void deferredValuesAreComparedByWhatTheyHold() {
        Deferred<String> later = Deferred.later(() -> "text");
        assertThat(later).isEqualTo(Deferred.of("text")).hasSameHashCodeAs(Deferred.of("text"));
        assertThat(later).isNotEqualTo(Deferred.of("other")).isNotEqualTo("text");
    }

    @Test
    void aReleasableValueIsHeldUntilHandedOverThenReadAgainOnceLetGo() {
        Deferred<String> text = Deferred.releasable("the text");
        assertThat(text.isReleasable()).isTrue();
        assertThat(text.origin()).isEmpty();
        text.letGo(); // not kept elsewhere yet: held as given
        assertThat(text.get()).isEqualTo("the text");

        AtomicInteger reads = new AtomicInteger();
        text.keptAt("file, at 12", () -> "the text as kept " + reads.incrementAndGet());

        // What was held stays held until it is let go; then it is read again, once each time.
        assertThat(text.get()).isEqualTo("the text");
        assertThat(text.origin()).contains("file, at 12");
        text.letGo();
        assertThat(text.isMade()).isFalse();
        assertThat(text.get()).isEqualTo("the text as kept 1");
        assertThat(text.get()).isEqualTo("the text as kept 1");
        text.letGo();
        assertThat(text.get()).isEqualTo("the text as kept 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aValueReadAgainIsReadWhenFirstAskedForAndOnlyAReleasableOneIsHandedOver() {
        AtomicInteger reads = new AtomicInteger();
        Deferred<String> kept = Deferred.reread("origin", () -> "read " + reads.incrementAndGet());
        assertThat(kept.isMade()).isFalse();
        assertThat(kept.isReleasable()).isTrue();
        assertThat(kept.get()).isEqualTo("read 1");
        assertThat(kept.isMade()).isTrue();
        assertThat(kept).isEqualTo(Deferred.of("read 1"));

        assertThatThrownBy(() -> Deferred.of("notes").keptAt("origin", () -> "notes"))
                .isInstanceOf(IllegalStateException.class);
        Deferred<String> once = Deferred.of("notes");
        once.letGo();
        assertThat(once.get()).isEqualTo("notes");
        assertThat(once.isReleasable()).isFalse();
    }
}
