package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageRangesTest {
    @Test
    void chicagoShortensRangesAsTheManualsTableDoes() {
        // CMOS 17, 9.61: the table of inclusive numbers.
        for (String[] example : new String[][] {{"3-10", "3–10"}, {"71-72", "71–72"}, {"96-117", "96–117"}, {"100-104", "100–104"},
                {"1100-1113", "1100–1113"}, {"101-108", "101–8"}, {"808-833", "808–33"}, {"1103-1104", "1103–4"},
                {"321-328", "321–28"}, {"498-532", "498–532"}, {"1087-1089", "1087–89"}, {"1496-1500", "1496–500"},
                {"11564-11615", "11564–615"}, {"12991-13001", "12991–3001"}}) {
            assertThat(PageRanges.format(example[0], "chicago-16")).as(example[0]).isEqualTo(example[1]);
        }
    }

    @Test
    void mlaKeepsAtLeastTwoDigitsAndApaEveryDigit() {
        // MLA 9: "21–32, 91–136, 401–08".
        assertThat(PageRanges.format("21-32", "minimal-two")).isEqualTo("21–32");
        assertThat(PageRanges.format("91-136", "minimal-two")).isEqualTo("91–136");
        assertThat(PageRanges.format("401-408", "minimal-two")).isEqualTo("401–08");
        assertThat(PageRanges.format("315-16", "expanded")).as("every digit of the range in full").isEqualTo("315–316");
        assertThat(PageRanges.format("315-316", "expanded")).isEqualTo("315–316");
    }

    @Test
    void romanAndListedPagesKeepTheirCharactersWithAnEnDash() {
        assertThat(PageRanges.format("iv-v", "chicago-16")).isEqualTo("iv–v");
        assertThat(PageRanges.format("12, 14-18", "chicago-16")).isEqualTo("12, 14–18");
        assertThat(PageRanges.format("442", "minimal-two")).isEqualTo("442");
    }
}
