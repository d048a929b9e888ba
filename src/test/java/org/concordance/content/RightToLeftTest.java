package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Right-to-left runs isolated inside a line of English ({@link RightToLeft}). */
class RightToLeftTest {
    @Test
    void eachRunOfRightToLeftWordsIsIsolatedAndTheEnglishBetweenThemIsNot() {
        assertThat(RightToLeft.isolated("الخطيب, أحمد. “لماذا تتحالف الجماعات الإرهابية؟.” Concordance."))
                .isEqualTo("<bdi>الخطيب</bdi>, <bdi>أحمد</bdi>. “<bdi>لماذا تتحالف الجماعات الإرهابية؟</bdi>.” Concordance.");
        // A question mark ending a Hebrew title is the title's, not the line's.
        assertThat(RightToLeft.isolated("“בריתות בין ארגונים?,” 12")).isEqualTo("“<bdi>בריתות בין ארגונים?</bdi>,” 12");
        // A volume after a journal's name stays after it: the run ends at its last letter.
        assertThat(RightToLeft.isolated("<i>مجلة الدراسات الأمنية</i> 12, no. 3"))
                .isEqualTo("<i><bdi>مجلة الدراسات الأمنية</bdi></i> 12, no. 3");
        // Digits and the Arabic comma inside a run belong to it, digits after its last letter do not;
        // Hebrew is right to left too.
        assertThat(RightToLeft.isolated("By الخطيب، في عام 2015 أحمد 7 and דנה כהן"))
                .isEqualTo("By <bdi>الخطيب، في عام 2015 أحمد</bdi> 7 and <bdi>דנה כהן</bdi>");
    }

    @Test
    void tagsAndReferencesAreNeverCutAndTextWithoutRightToLeftLettersIsUnchanged() {
        assertThat(RightToLeft.isolated("<a href=\"/people/x\" title=\"أحمد\">أحمد &amp; سعيد</a>"))
                .isEqualTo("<a href=\"/people/x\" title=\"أحمد\"><bdi>أحمد</bdi> &amp; <bdi>سعيد</bdi></a>");
        String english = "Byman, Daniel. <i>Breaking the Bonds</i>. Washington, 2012.";
        assertThat(RightToLeft.isolated(english)).isSameAs(english);
        assertThat(RightToLeft.isolatedText("أحمد <b> & Smith")).isEqualTo("<bdi>أحمد</bdi> &lt;b&gt; &amp; Smith");
    }
}
