package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reading a content file drops: only what HTML forbids in a page, never a line. */
class SourceFileTest {
    @Test
    void controlCharactersAndNoncharactersAreDroppedAndLinesKept() {
        assertThat(SourceFile.withoutControls("a\u0007b\u001B[0m\nc\u0000d\r\n\te\u007F\u009Bf"))
                .isEqualTo("ab[0m\ncd\r\n\tef");
        assertThat(SourceFile.withoutControls("next\u0085line")).isEqualTo("next line");
        assertThat(SourceFile.withoutControls("\uFDD0x\uFFFF\uD83F\uDFFE")).isEqualTo("x");
    }

    @Test
    void everyOtherTextIsTheSameString() {
        String text = "Hezbollah حزب الله 🕊 \uD840\uDC00 ‮ \u200D";
        assertThat(SourceFile.withoutControls(text)).isEqualTo(text);
        String plain = "Plain text\nwith lines\n";
        assertThat(SourceFile.withoutControls(plain)).isSameAs(plain);
    }
}
