package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CslStylesTest {
    @Test
    void whatCitationStyleSaysAboutParticlesIsWhatEachCslFileSays() {
        for (CitationStyle style : CitationStyle.values()) {
            String xml = CslStyles.xml(style, false);
            assertThat(style.demotesParticles()).as(style.cslName())
                    .isEqualTo(CslStyles.demoteParticles(xml).equals("display-and-sort"));
            assertThat(style.invertsEveryAuthor()).as(style.cslName()).isEqualTo(xml.contains("name-as-sort-order=\"all\""));
        }
        assertThat(CslStyles.pageRangeFormat(CslStyles.xml(CitationStyle.CHICAGO, false))).isEqualTo("chicago-16");
        assertThat(CslStyles.pageRangeFormat(CslStyles.xml(CitationStyle.MLA, false))).isEqualTo("minimal-two");
        assertThat(CslStyles.pageRangeFormat(CslStyles.xml(CitationStyle.APA, false))).isEqualTo("expanded");
    }

    @Test
    void onlyTheConditionsCiteprocJavaCannotTestAreChanged() {
        String mla = CslStyles.xml(CitationStyle.MLA, false);
        assertThat(mla).doesNotContain("disambiguate=\"true\"").contains("<if locator=\"line page timestamp\" match=\"any\">");
        assertThat(CslStyles.xml(CitationStyle.MLA, true)).doesNotContain("locator=\"line page timestamp\"")
                .contains("<if variable=\"locator\">");
        String chicago = CslStyles.xml(CitationStyle.CHICAGO, false);
        assertThat(chicago).doesNotContain("<if locator=\"page\"/>", "<else-if is-numeric=\"locator\" locator=\"line\">")
                .contains("<if variable=\"locator\" match=\"none\"/>");
        assertThat(CslStyles.xml(CitationStyle.CHICAGO, true)).contains("<if locator=\"page\"/>")
                .contains("<else-if is-numeric=\"locator\" locator=\"line\">");
        assertThat(CslStyles.xml(CitationStyle.APA, false)).contains("<names variable=\"container-author\">\n      <name and=\"symbol\"/>\n"
                + "      <label form=\"short\" prefix=\" (\" suffix=\")\" text-case=\"title\"/>");
    }
}
