package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A range's last page in full for the formats that need it (found by a trial: "315-16" was
 * exported as RIS {@code SP 315}, {@code EP 16}, an end before the start).
 */
class PageRangeTest {
    @Test
    void aShortenedLastPageIsWrittenInFull() {
        assertThat(PageRange.of("315-16")).isEqualTo(new PageRange("315", Optional.of("316")));
        assertThat(PageRange.of("315–16")).isEqualTo(new PageRange("315", Optional.of("316")));
        assertThat(PageRange.of("1101–9")).isEqualTo(new PageRange("1101", Optional.of("1109")));
        assertThat(PageRange.of("98-102")).isEqualTo(new PageRange("98", Optional.of("102")));
        assertThat(PageRange.of("101 – 118").bibtex()).isEqualTo("101--118");
        assertThat(PageRange.of("315-16").bibtex()).isEqualTo("315--316");
    }

    @Test
    void whatIsNotTwoNumbersIsLeftAsWritten() {
        assertThat(PageRange.of("21")).isEqualTo(new PageRange("21", Optional.empty()));
        assertThat(PageRange.of("21").bibtex()).isEqualTo("21");
        assertThat(PageRange.of("xii–xv")).isEqualTo(new PageRange("xii", Optional.of("xv")));
        assertThat(PageRange.of("e12-e19")).isEqualTo(new PageRange("e12", Optional.of("e19")));
        // A shortened last page that would come before the first is not a shortening: left as written.
        assertThat(PageRange.of("315-14")).isEqualTo(new PageRange("315", Optional.of("14")));
    }
}
