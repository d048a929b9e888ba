package org.concordance.content;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * The order the library lists names and titles in for readers: the Unicode Collation Algorithm's
 * root order (ICU4J), letter case and accents weighed after the letters, so "Über die Allianz"
 * stands among the U's and "Çelik" among the C's, where code points put them after "Z" (a trial's
 * home page listed "Über…" after "Why…"). Ties are broken by code point, so the order is total and
 * the same on every replica.
 */
public final class Collation {
    /** Frozen: an ICU collator that no longer changes may be used by any number of threads. */
    private static final Collator ROOT = root();

    /** Names and titles, A to Z as readers file them. */
    public static final Comparator<String> NAMES = (a, b) -> {
        int compared = ROOT.compare(a, b);
        return compared != 0 ? compared : a.compareTo(b);
    };

    private Collation() {
    }

    private static Collator root() {
        Collator collator = Collator.getInstance(ULocale.ROOT);
        collator.setStrength(Collator.SECONDARY); // letters, then accents; case only as the tie-break
        return collator.freeze();
    }

    /**
     * {@code text}'s key in {@link #NAMES}'s order but for its tie-break: made once for a text compared
     * many times (sorting 10,000 titles compares each about thirty times).
     */
    public static CollationKey key(String text) {
        return ROOT.getCollationKey(text);
    }
}
