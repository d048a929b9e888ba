package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One address, one key: every spelling the router reads as the same page is kept once. */
class PageCacheTest {
    @Test
    void spellingsOfOneAddressAreOneKey() {
        String doc = "/documents/why-terrorist-actors-cooperate";
        assertThat(PageCache.keyOf(doc)).isEqualTo(doc);
        assertThat(PageCache.keyOf(doc + "/")).isEqualTo(doc);
        assertThat(PageCache.keyOf(doc + "//")).isEqualTo(doc);
        assertThat(PageCache.keyOf("/documents/%77hy-terrorist-actors-cooperate")).isEqualTo(doc);
        assertThat(PageCache.keyOf("/documents/%77%68%79-terrorist-actors-cooperate/")).isEqualTo(doc);
        assertThat(PageCache.keyOf("/%64ocuments/why%2dterrorist%2Dactors-cooperate")).isEqualTo(doc);
        assertThat(PageCache.keyOf("/")).isEqualTo("/");
    }

    @Test
    void escapesOfOtherCharactersStayEscapedInOneSpelling() {
        assertThat(PageCache.keyOf("/a%2fb")).isEqualTo("/a%2Fb");
        assertThat(PageCache.keyOf("/a%c3%a9")).isEqualTo("/a%C3%A9");
        assertThat(PageCache.keyOf("/a%20b")).isEqualTo("/a%20b");
        // Not escapes at all: kept as written.
        assertThat(PageCache.keyOf("/a%zz")).isEqualTo("/a%zz");
        assertThat(PageCache.keyOf("/a%7")).isEqualTo("/a%7");
        assertThat(PageCache.keyOf("/a%")).isEqualTo("/a%");
    }

    /**
     * The work waiting to finish pages is bounded in bytes, not only in pages: a trial's 16 readers
     * asking long searches at once (pages of 90 KB, each echoing its query in every link) filled the
     * 96 MB heap with a thousand waiting pages, and some searches answered 500.
     */
    @Test
    void theWorkWaitingIsBoundedInBytesAndFreedWhenDone() {
        java.util.List<Runnable> waiting = new java.util.ArrayList<>();
        PageCache.Background background = PageCache.Background.bounded(waiting::add, 100);
        int[] ran = {0};
        assertThat(background.offer(40, () -> ran[0]++)).isTrue();
        assertThat(background.offer(40, () -> ran[0]++)).isTrue();
        assertThat(background.offer(40, () -> ran[0]++)).as("over the 100 bytes").isFalse();
        waiting.remove(0).run();
        assertThat(ran[0]).isEqualTo(1);
        assertThat(background.offer(40, () -> ran[0]++)).as("40 bytes freed").isTrue();

        boolean[] refusing = {true};
        PageCache.Background flaky = PageCache.Background.bounded(task -> {
            if (refusing[0]) {
                throw new java.util.concurrent.RejectedExecutionException("queue full");
            }
            waiting.add(task);
        }, 100);
        assertThat(flaky.offer(60, () -> { })).isFalse();
        refusing[0] = false;
        assertThat(flaky.offer(100, () -> { })).as("the refused 60 bytes were freed: exactly the budget").isTrue();
    }
}
