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
}
