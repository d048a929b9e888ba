package org.concordance.citations;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.concordance.content.Title;

/** A work while the notes are being read: facts accumulate, the slug is given at the end. */
final class WorkDraft {
    /** The order drafts were made in, which lookups honour. */
    final int serial;
    WorkType type = WorkType.UNKNOWN;
    List<Name> authors = List.of();
    List<Name> editors = List.of();
    List<Name> translators = List.of();
    String edition;
    Title title;
    Title shortTitle;
    String container;
    String number;
    String volume;
    String issue;
    String publisher;
    String place;
    OptionalInt year = OptionalInt.empty();
    String date;
    String pages;
    String url;
    String accessed;
    String shortForm;
    final Set<WorkSource> sources = EnumSet.noneOf(WorkSource.class);
    /** How the short forms set the title (true: italics), until a full citation or a reference says what the work is; null before any. */
    private Boolean shortFormItalics;

    WorkDraft(int serial) {
        this.serial = serial;
    }

    /** Who the work is listed by: its authors, or an edited book's editors. */
    List<Name> listedBy() {
        return authors.isEmpty() ? editors : authors;
    }

    /**
     * Whether any of {@code others} is compatible with any of those it is {@linkplain #listedBy
     * listed by}; loops, as it runs for every candidate of every lookup.
     */
    boolean sameAuthors(List<Name> others) {
        List<Name> listed = listedBy();
        for (Name other : others) {
            for (Name author : listed) {
                if (author.compatible(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Matches a title or a short title given as its {@linkplain Text#titleKey key}: the same title,
     * or one the other's first words.
     */
    boolean titled(String normalizedOther) {
        if (title == null) {
            return false;
        }
        String mine = titleKey();
        return Text.normalizedTitleMatches(normalizedOther, mine) || Text.normalizedTitleMatches(mine, normalizedOther)
                || (shortTitle != null && shortTitleKey().equals(normalizedOther));
    }

    /* What the draft was last filed by: its title, short title and who it is listed by, as they were then. */
    private boolean filed;
    private Title filedTitle;
    private Title filedShortTitle;
    private List<Name> filedListedBy;

    /**
     * Whether the draft is to be filed (again): true the first time, and then when its title, short
     * title or the names it is {@linkplain #listedBy listed by} are other objects than when it was
     * last filed; those are all filing reads, so when none changed, filing again would add nothing.
     * Remembers them as filed.
     */
    boolean refiles() {
        List<Name> listed = listedBy();
        if (filed && filedTitle == title && filedShortTitle == shortTitle && filedListedBy == listed) {
            return false;
        }
        filed = true;
        filedTitle = title;
        filedShortTitle = shortTitle;
        filedListedBy = listed;
        return true;
    }

    /* Every title key and family-name key the draft was ever filed under, for {@link Replay}. */
    private final List<String> filedTitles = new java.util.ArrayList<>(2);
    private final List<String> filedFamilies = new java.util.ArrayList<>(2);

    /** Notes the keys the draft is filed under now (a null key: none of that kind). */
    void filedUnder(String titleKey, String shortTitleKey, List<String> families) {
        addNew(filedTitles, titleKey);
        addNew(filedTitles, shortTitleKey);
        families.forEach(family -> addNew(filedFamilies, family));
    }

    private static void addNew(List<String> keys, String key) {
        if (key != null && !keys.contains(key)) {
            keys.add(key);
        }
    }

    List<String> filedTitles() {
        return filedTitles;
    }

    List<String> filedFamilies() {
        return filedFamilies;
    }

    /*
     * The titles' keys, kept for the title they were made from: a lookup compares one title with
     * many drafts, and normalizing each draft's title every time took most of the build.
     */
    private Title normalizedFrom;
    private String normalized;
    private Title normalizedShortFrom;
    private String normalizedShort;

    String titleKey() {
        if (normalizedFrom != title) {
            normalized = Text.titleKey(title.plain());
            normalizedFrom = title;
        }
        return normalized;
    }

    String shortTitleKey() {
        if (normalizedShortFrom != shortTitle) {
            normalizedShort = Text.titleKey(shortTitle.plain());
            normalizedShortFrom = shortTitle;
        }
        return normalizedShort;
    }

    /**
     * Whether {@code c} may cite this work, given that its authors and title match. A full citation
     * may not when it states another year (an edition or a reprint of another year is another work,
     * listed apart in a bibliography) or another kind of work: a book or a report, whose title a note
     * sets in italics, is not the article, chapter, web page or post of the same title, whose title it
     * quotes. A short title may not, {@code strictly}, when it sets the title otherwise than the
     * work's notes do; a short title names no year.
     */
    boolean admits(Citation c, boolean strictly) {
        if (!c.form().isShort()) {
            if (year.isPresent() && c.year().isPresent() && year.getAsInt() != c.year().getAsInt()) {
                return false;
            }
            return type == WorkType.UNKNOWN || type.italicTitle() == WorkType.of(c.form()).italicTitle();
        }
        if (!strictly || c.form() != CitationForm.SHORT_TITLE) {
            return true;
        }
        Boolean italics = type != WorkType.UNKNOWN ? Boolean.valueOf(type.italicTitle()) : shortFormItalics;
        return italics == null || italics == c.italicTitle();
    }

    void absorb(Citation c) {
        if (type == WorkType.UNKNOWN) {
            type = WorkType.of(c.form());
        }
        if (c.form() == CitationForm.SHORT_TITLE && shortFormItalics == null) {
            shortFormItalics = c.italicTitle();
        }
        // An edited book cited in full by its editors: the names its short forms gave were theirs.
        if (!c.form().isShort() && c.authors().isEmpty() && !c.editors().isEmpty()
                && sources.equals(EnumSet.of(WorkSource.SHORT_FORM))) {
            authors = List.of();
        }
        // A full citation names authors more fully than a short form ("D. Byman", not "Byman"); a
        // short form of an edited book names its editors.
        boolean edited = authors.isEmpty() && !editors.isEmpty() || c.authors().isEmpty() && !c.editors().isEmpty();
        if (!(c.form().isShort() && edited) && (authors.isEmpty()
                || !c.form().isShort() && givenNames(c.authors()) > givenNames(authors))) {
            authors = c.authors().isEmpty() ? authors : c.authors();
        }
        if (title == null || (!c.form().isShort() && c.title().isPresent()
                && c.title().get().plain().length() > title.plain().length())) {
            if (title != null && shortTitle == null && c.title().isPresent()
                    && Text.titleMatches(title.plain(), c.title().get().plain())) {
                shortTitle = title;
            }
            title = c.title().orElse(title);
        }
        if (editors.isEmpty()) {
            editors = c.editors();
        }
        if (translators.isEmpty()) {
            translators = c.translators();
        }
        edition = first(edition, c.edition());
        container = first(container, c.container());
        number = first(number, c.number());
        volume = first(volume, c.volume());
        issue = first(issue, c.issue());
        publisher = first(publisher, c.publisher());
        place = first(place, c.place());
        // A date only of the work's year: a reference may have given the year alone.
        if (date == null && (year.isEmpty() || year.equals(c.year()))) {
            date = c.date().filter(d -> c.year().isPresent()).orElse(null);
        }
        if (year.isEmpty()) {
            year = c.year();
        }
        url = first(url, c.url());
        accessed = first(accessed, c.accessed());
        sources.add(c.form().isShort() ? WorkSource.SHORT_FORM : WorkSource.FULL_NOTE);
        if (c.form().isShort() && shortForm == null) {
            shortForm = c.text();
        }
    }

    void absorb(Reference r) {
        if (type == WorkType.UNKNOWN) {
            type = r.type();
        }
        if (!r.authors().isEmpty() && (authors.isEmpty() || r.authors().stream().anyMatch(Name::hasFullGivenName))) {
            authors = r.authors();
        }
        if (title == null || r.title().plain().length() > title.plain().length()) {
            if (title != null && shortTitle == null && Text.titleMatches(title.plain(), r.title().plain())) {
                shortTitle = title;
            }
            title = r.title();
        }
        if (shortTitle == null) {
            shortTitle = r.shortTitle().orElse(null);
        }
        if (!r.editors().isEmpty()) {
            editors = r.editors();
        }
        container = first(container, r.container());
        number = first(number, r.number());
        volume = first(volume, r.volume());
        issue = first(issue, r.issue());
        publisher = first(publisher, r.publisher());
        place = first(place, r.place());
        if (year.isEmpty()) {
            year = r.year();
        }
        pages = first(pages, r.pages());
        url = first(url, r.url());
        sources.add(WorkSource.REFERENCES);
    }

    private static int givenNames(List<Name> names) {
        int given = 0;
        for (Name name : names) { // a loop, not a stream: called for every citation of every build
            if (name.given().isPresent()) {
                given++;
            }
        }
        return given;
    }

    private static String first(String current, Optional<String> other) {
        return current != null ? current : other.orElse(null);
    }

    Work freeze(String slug) {
        return new Work(slug, type, authors, editors, translators, Optional.ofNullable(edition), Optional.ofNullable(title), Optional.ofNullable(shortTitle),
                Optional.ofNullable(container), Optional.ofNullable(number), Optional.ofNullable(volume),
                Optional.ofNullable(issue), Optional.ofNullable(publisher), Optional.ofNullable(place), year,
                Optional.ofNullable(date), Optional.ofNullable(pages), Optional.ofNullable(url),
                Optional.ofNullable(accessed), Optional.ofNullable(shortForm), sources);
    }
}
