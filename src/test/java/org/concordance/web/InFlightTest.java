package org.concordance.web;

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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Concurrent equal requests share one computation, its value or its failure, and nothing is kept after it. */
class InFlightTest {

    /** Starts {@code count} threads calling {@code call}, and waits until each is parked waiting for the one computing. */
    private static List<Thread> waiting(int count, Runnable call) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(call);
            thread.start();
            threads.add(thread);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (Thread thread : threads) {
            while (thread.getState() != Thread.State.WAITING) {
                assertThat(System.nanoTime()).as("a caller waits for the computation").isLessThan(deadline);
                Thread.sleep(5);
            }
        }
        return threads;
    }

    @Test
    void callersOfAnEqualKeyWaitForTheOneComputationAndGetItsValue() throws Exception {
        InFlight<String, Object> inFlight = new InFlight<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Object> firstValue = first.submit(() -> inFlight.get(new String("query"), () -> {
                computed.incrementAndGet();
                computing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new Object();
            }));
            assertThat(computing.await(20, TimeUnit.SECONDS)).isTrue();
            List<Object> values = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> others = waiting(7, () -> values.add(inFlight.get(new String("query"), () -> {
                computed.incrementAndGet();
                return new Object();
            })));
            assertThat(inFlight.running()).isEqualTo(1);
            release.countDown();
            Object value = firstValue.get(20, TimeUnit.SECONDS);
            for (Thread other : others) {
                other.join(20_000);
            }
            assertThat(computed).hasValue(1);
            assertThat(values).hasSize(7).allSatisfy(v -> assertThat(v).isSameAs(value));
            assertThat(inFlight.running()).isZero();
            // Nothing is kept: the next call computes again.
            assertThat(inFlight.get("query", () -> "again")).isEqualTo("again");
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void aFailureReachesEveryCallerWaitingForItAndTheNextCallComputesAgain() throws Exception {
        InFlight<String, String> inFlight = new InFlight<>();
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IllegalStateException failure = new IllegalStateException("the index is closed");
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<String> firstValue = first.submit(() -> inFlight.get("query", () -> {
                computing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                throw failure;
            }));
            assertThat(computing.await(20, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Throwable> seen = new AtomicReference<>();
            List<Thread> other = waiting(1, () -> {
                try {
                    inFlight.get("query", () -> "not computed");
                } catch (RuntimeException e) {
                    seen.set(e);
                }
            });
            release.countDown();
            assertThatThrownBy(() -> firstValue.get(20, TimeUnit.SECONDS)).hasCause(failure);
            other.get(0).join(20_000);
            assertThat(seen.get()).isSameAs(failure);
            assertThat(inFlight.running()).isZero();
            assertThat(inFlight.get("query", () -> "computed")).isEqualTo("computed");
        } finally {
            first.shutdownNow();
        }
    }

    @Test
    void differentKeysAreComputedEach() {
        InFlight<String, String> inFlight = new InFlight<>();
        assertThat(inFlight.get("a", () -> inFlight.get("b", () -> "b") + "a")).isEqualTo("ba");
    }
}
