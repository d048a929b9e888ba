package org.concordance.citations;

import java.util.Arrays;
import java.util.Optional;

/**
 * The citation styles "Cite this" offers, each an official CSL style from the styles jar: the
 * Chicago Manual of Style 17th edition (notes and bibliography), APA 7th edition and the MLA
 * Handbook 9th edition.
 *
 * <p>Three facts about each style's CSL file are repeated here because citeproc-java 3.5 does not act
 * on them as the CSL specification says and {@link CslNames} has to: whether it demotes a name's
 * particle in an inverted name ({@code demote-non-dropping-particle}), whether it turns given
 * names into initials ({@code initialize-with}) and whether its bibliography inverts every
 * author's name or the first only ({@code name-as-sort-order}). A test reads them back from the
 * CSL files.
 */
public enum CitationStyle {
    CHICAGO("chicago", "Chicago (17th ed., notes and bibliography)", "chicago-notes-bibliography-17th-edition", true, false, false),
    APA("apa", "APA (7th ed.)", "apa", false, true, true),
    MLA("mla", "MLA (9th ed.)", "modern-language-association", false, false, false);

    private final String code;
    private final String label;
    private final String cslName;
    private final boolean demotesParticles;
    private final boolean initializesGivenNames;
    private final boolean invertsEveryAuthor;

    CitationStyle(String code, String label, String cslName, boolean demotesParticles, boolean initializesGivenNames,
            boolean invertsEveryAuthor) {
        this.code = code;
        this.label = label;
        this.cslName = cslName;
        this.demotesParticles = demotesParticles;
        this.initializesGivenNames = initializesGivenNames;
        this.invertsEveryAuthor = invertsEveryAuthor;
    }

    /** The short name used in URLs and forms: chicago, apa, mla. */
    public String code() {
        return code;
    }

    /** The style's name with its edition, as pages show it. */
    public String label() {
        return label;
    }

    /** The style's file name in the CSL styles repository, without {@code .csl}. */
    public String cslName() {
        return cslName;
    }

    /** True when an inverted name puts its particle after the given name: "Velde, Anna van de" (Chicago). */
    boolean demotesParticles() {
        return demotesParticles;
    }

    /** True when the style writes given names as initials: "van de Velde, A." (APA). */
    boolean initializesGivenNames() {
        return initializesGivenNames;
    }

    /** True when a bibliography entry inverts every author's name (APA), not only the first's. */
    boolean invertsEveryAuthor() {
        return invertsEveryAuthor;
    }

    public static Optional<CitationStyle> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
