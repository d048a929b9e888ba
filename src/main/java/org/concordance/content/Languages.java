package org.concordance.content;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** A text's language as pages and citations give it: a BCP 47 tag (RFC 5646), read as the JDK reads one. */
public final class Languages {
    private Languages() {
    }

    /**
     * {@code written} as a well-formed BCP 47 tag in its canonical case, its language, script and
     * region only ("EN-gb" gives "en-GB", "zh-hans" "zh-Hans", "en-US-u-ca-gregory" "en-US"); empty when it is not one ("English", "en_GB") or is "und" (undetermined).
     */
    public static Optional<String> tag(String written) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(written.strip()).build();
            // The language is ISO 639's two or three letters: BCP 47's syntax also takes five to
            // eight ("english"), which no registered language uses.
            int letters = locale.getLanguage().length();
            if (letters < 2 || letters > 3 || locale.getLanguage().equals("und")) {
                return Optional.empty();
            }
            // Language, script and region only (at most 12 characters): variants, extensions and
            // private use ("-u-ca-gregory", "-x-…") say nothing a reader or a citation needs.
            return Optional.of(new Locale.Builder().setLanguage(locale.getLanguage()).setScript(locale.getScript())
                    .setRegion(locale.getCountry()).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
