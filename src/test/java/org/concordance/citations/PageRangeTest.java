package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A range's last page in full for the formats that need it (found by a trial: "315-16" was
 * exported as RIS {@code SP 315}, {@code EP 16}, an end before the start).
 */
class PageRangeTest {
    @Test
    void aShortenedLastPageIsWrittenInFull() {
        assertThat(PageRange.of("315-16").last()).contains("316");
        assertThat(PageRange.of("315–16").last()).contains("316");
        assertThat(PageRange.of("315—16").last()).as("an em dash").contains("316");
        assertThat(PageRange.of("1101–9").last()).contains("1109");
        assertThat(PageRange.of("98-102").last()).contains("102");
        assertThat(PageRange.of("12–14, 18–20").bibtex()).isEqualTo("12--14, 18--20");
        assertThat(PageRange.of("12–14, 18–20").first()).isEqualTo("12");
        assertThat(PageRange.of("12–14, 18–20").last()).contains("20");
        // Each style shortens the range written in full: APA every digit, Chicago its own way.
        assertThat(PageRanges.format("315-16", "expanded")).isEqualTo("315–316");
        assertThat(PageRanges.format("321-8", "chicago-16")).isEqualTo("321–28");
        assertThat(PageRange.of("101 – 118").bibtex()).isEqualTo("101--118");
        assertThat(PageRange.of("315-16").bibtex()).isEqualTo("315--316");
    }

    @Test
    void whatIsNotTwoNumbersIsLeftAsWritten() {
        assertThat(PageRange.of("21").last()).isEmpty();
        assertThat(PageRange.of("21").bibtex()).isEqualTo("21");
        assertThat(PageRange.of("xii–xv").last()).contains("xv");
        assertThat(PageRange.of("e12-e19").last()).contains("e19");
        // A shortened last page that would come before the first is not a shortening: left as written.
        assertThat(PageRange.of("315-14").last()).contains("14");
    }
}
