package org.concordance.citations;

import java.util.Arrays;
import java.util.Optional;

/** The citation styles "Cite this" offers, each an official CSL style from the styles jar. */
public enum CitationStyle {
    CHICAGO("chicago", "Chicago (notes and bibliography)", "chicago-notes-bibliography"),
    APA("apa", "APA", "apa"),
    MLA("mla", "MLA", "modern-language-association");

    private final String code;
    private final String label;
    private final String cslName;

    CitationStyle(String code, String label, String cslName) {
        this.code = code;
        this.label = label;
        this.cslName = cslName;
    }

    /** The short name used in URLs and forms: chicago, apa, mla. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The style's file name in the CSL styles repository, without {@code .csl}. */
    public String cslName() {
        return cslName;
    }

    public static Optional<CitationStyle> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
