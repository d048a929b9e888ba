package org.concordance.citations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;
import org.concordance.content.Title;
import org.jsoup.Jsoup;

/**
 * Builds a {@link Bibliography}: the editor's references first, then the books the documents' own
 * text names, then every note in library order, each citation resolved to the work it cites (a
 * {@link WorkDraft} while facts accumulate), and last the works frozen, sorted and given slugs, and
 * their authors grouped into {@link People}. One builder builds one bibliography, on one thread.
 */
final class BibliographyBuilder {
    private record DraftCitation(String documentSlug, String label, Citation citation, WorkDraft draft) {
    }

    private record DraftMention(WorkDraft draft, String documentSlug, int paragraph, String text) {
    }

    /** Holds no state: one parser reads notes on every thread. */
    private final NoteParser parser = new NoteParser();
    private final Canonical canonical = new Canonical();
    private final List<WorkDraft> drafts = new ArrayList<>();
    /*
     * The titled drafts by their normalized title and short title (a draft stays filed under a
     * title it has outgrown: a lookup checks each draft as it is now), and the untitled ones by
     * their authors' family names. A title matches one that is its first words or begins with it,
     * so a lookup asks for each of its own word prefixes and for the range of titles beginning
     * with it: a few map lookups, whatever the size of the library. Under each title the drafts
     * are filed by their authors' family names, normalized ("" with no author), since many works
     * may share a title and only a shared family name can make them the same.
     */
    private final TreeMap<String, Map<String, Filed>> byTitle = new TreeMap<>();
    private final Map<String, Map<String, Filed>> byShortTitle = new HashMap<>();
    /** The slugs of surnames and titles, each made once: many works share them, and a slug is made letter by letter. */
    private final Map<String, String> authorSlugs = new HashMap<>();
    private final Map<String, String> titleSlugs = new HashMap<>();
    /** Family names as {@link Text#normalize} makes them, each normalized once: every lookup asks for its authors'. */
    private final Map<String, String> familyKeys = new HashMap<>();
    private final Map<String, Set<WorkDraft>> untitledByFamily = new HashMap<>();
    private final PlainTitles plainTitles = new PlainTitles(this::familyKey);
    private final List<DraftMention> mentions = new ArrayList<>();
    private final Map<String, List<Map.Entry<String, List<DraftCitation>>>> notes = new LinkedHashMap<>();
    /** The books each document's text names, by slug, for the next build ({@link #namedWorks}). */
    private final Map<String, List<NamedBook>> namedBooks = new HashMap<>();
    /** What each document's citations resolved to, for the next build ({@link Decisions}). */
    private final Map<String, int[]> decided = new HashMap<>();
    private int madeBeforeNotes;
    /** The decisions of the build before, followed where they can be; null when there are none to follow. */
    private Replay replay;
    /** The bibliography built before, with its library, when there is one. */
    private Optional<Bibliography.Earlier> earlier = Optional.empty();

    Bibliography build(Library library, References references, Optional<Bibliography.Earlier> earlier) {
        this.earlier = earlier;
        for (Reference reference : references.entries()) {
            WorkDraft draft = findKnown(reference.authors(), reference.title().plain(), any -> true).orElseGet(this::newDraft);
            draft.absorb(reference);
            index(draft);
        }
        for (Document document : library.documents()) {
            namedWorks(document, earlier);
        }
        madeBeforeNotes = drafts.size();
        replay = Replay.of(earlier, library, references, drafts).filter(Replay::notesBegin).orElse(null);
        ParsedNotes.inOrder(library.documents(), parser,
                document -> earlier.flatMap(before -> before.citations(document)), this::readNotes);
        return freeze(library, references);
    }

    private WorkDraft newDraft() {
        WorkDraft draft = new WorkDraft(drafts.size());
        drafts.add(draft);
        return draft;
    }

    /**
     * Files a draft under what {@link #findKnown} and untitled lookups ask for; idempotent. Where
     * it is filed depends only on its title, short title and who it is listed by, so a draft none
     * of these changed for since it was last filed is not filed again (most absorb a citation and
     * change none).
     */
    private void index(WorkDraft draft) {
        if (!draft.refiles()) {
            return;
        }
        if (draft.title != null) {
            plainTitles.file(draft);
            file(byTitle.computeIfAbsent(draft.titleKey(), t -> new HashMap<>()), draft);
            if (draft.shortTitle != null) {
                file(byShortTitle.computeIfAbsent(draft.shortTitleKey(), t -> new HashMap<>()), draft);
            }
        } else {
            for (Name author : draft.listedBy()) {
                untitledByFamily.computeIfAbsent(familyKey(author), f -> new LinkedHashSet<>()).add(draft);
            }
        }
        // Listed by nobody, a titled draft is filed under "" ({@link #file}).
        draft.filedUnder(draft.title == null ? null : draft.titleKey(), draft.shortTitle == null ? null : draft.shortTitleKey(),
                draft.listedBy().isEmpty() ? List.of("") : draft.listedBy().stream().map(this::familyKey).toList());
        if (replay != null) {
            replay.filed(draft);
        }
    }

    /**
     * Files a draft under its authors' family names, each list in the order drafts were made, so that
     * a lookup reads the latest first and stops at the first that matches ({@link #findKnown}).
     */
    private void file(Map<String, Filed> byFamily, WorkDraft draft) {
        if (draft.listedBy().isEmpty()) {
            byFamily.computeIfAbsent("", f -> new Filed()).add(draft);
        }
        for (Name author : draft.listedBy()) {
            byFamily.computeIfAbsent(familyKey(author), f -> new Filed()).add(draft);
        }
    }

    private String familyKey(Name author) {
        return familyKeys.computeIfAbsent(author.family(), Text::normalize);
    }

    /**
     * Drafts in the order they were made (by serial, one each), read from the latest: an array, as a
     * draft is nearly always filed after every draft filed there before it. A tree set had the same
     * order, and walking it back was a tenth of resolving every note (10,003 generated documents).
     */
    private static final class Filed {
        private WorkDraft[] drafts = new WorkDraft[2];
        private int size;

        void add(WorkDraft draft) {
            int at = size;
            while (at > 0 && drafts[at - 1].serial > draft.serial) {
                at--;
            }
            if (at > 0 && drafts[at - 1] == draft) {
                return;
            }
            if (size == drafts.length) {
                drafts = Arrays.copyOf(drafts, size * 2);
            }
            System.arraycopy(drafts, at, drafts, at + 1, size - at);
            drafts[at] = draft;
            size++;
        }
    }

    private static final Filed NONE = new Filed();

    /**
     * {@link #find} over every draft of the library, through the index: of the drafts that match
     * and {@code admit} the citation, the one made last.
     */
    private Optional<WorkDraft> findKnown(List<Name> authors, String title, Predicate<WorkDraft> admit) {
        String normalized = Text.titleKey(title);
        List<Map<String, Filed>> titles = new ArrayList<>();
        // Titles that begin with this one (or are it): keys hold letters, digits and single spaces.
        titles.addAll(byTitle.subMap(normalized, true, normalized + " \uffff", true).values());
        // Titles that are this one's first words.
        for (int space = normalized.indexOf(' '); space > 0; space = normalized.indexOf(' ', space + 1)) {
            Map<String, Filed> shorter = byTitle.get(normalized.substring(0, space));
            if (shorter != null) {
                titles.add(shorter);
            }
        }
        Map<String, Filed> shortTitled = byShortTitle.get(normalized);
        if (shortTitled != null) {
            titles.add(shortTitled);
        }
        // Without authors any draft so titled may match; with them, only one sharing a family name.
        List<String> families = new ArrayList<>(authors.size());
        for (Name author : authors) {
            String family = familyKey(author);
            if (!families.contains(family)) {
                families.add(family);
            }
        }
        WorkDraft found = null;
        for (Map<String, Filed> byFamily : titles) {
            if (families.isEmpty()) {
                for (Filed filed : byFamily.values()) {
                    found = latest(filed, found, authors, normalized, admit);
                }
            } else {
                for (String family : families) {
                    found = latest(byFamily.getOrDefault(family, NONE), found, authors, normalized, admit);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Of {@code filed}, the latest draft that matches and {@code admit}s the citation, when it is
     * later than {@code found}; else {@code found}. The latest first: the first that matches is the
     * list's latest, and none after an earlier one than found can be later than it. At 10,003
     * generated documents a list held 17 drafts on average, and every one had been compared with
     * every citation.
     */
    private static WorkDraft latest(Filed filed, WorkDraft found, List<Name> authors, String normalized,
            Predicate<WorkDraft> admit) {
        for (int i = filed.size - 1; i >= 0; i--) {
            WorkDraft draft = filed.drafts[i];
            if (found != null && draft.serial <= found.serial) {
                return found;
            }
            if (matches(draft, authors, normalized) && admit.test(draft)) {
                return draft;
            }
        }
        return found;
    }

    /** The title first: it is compared without normalizing anything again, the authors are not. */
    private static boolean matches(WorkDraft draft, List<Name> authors, String normalizedTitle) {
        return draft.titled(normalizedTitle) && (authors.isEmpty() || draft.sameAuthors(authors));
    }

    /** The first untitled draft (in the order drafts were made) by a compatible author. */
    private Optional<WorkDraft> untitledBy(List<Name> authors) {
        return authors.stream()
                .flatMap(a -> untitledByFamily.getOrDefault(familyKey(a), Set.of()).stream())
                .filter(d -> d.title == null && d.sameAuthors(authors))
                .min(Comparator.comparingInt((WorkDraft d) -> d.serial));
    }

    private static Optional<WorkDraft> find(List<Name> authors, String title, List<WorkDraft> among,
            Predicate<WorkDraft> admit) {
        String normalized = Text.titleKey(title);
        for (int i = among.size() - 1; i >= 0; i--) {
            WorkDraft draft = among.get(i);
            if (matches(draft, authors, normalized) && admit.test(draft)) {
                return Optional.of(draft);
            }
        }
        return Optional.empty();
    }

    /**
     * The books {@code document}'s own text names, as works by its authors. The books are found
     * by reading every paragraph's HTML, which a build after an edit takes from the build before
     * for each document it was built from (a fifth of such a build at 10,003 generated documents).
     */
    private void namedWorks(Document document, Optional<Bibliography.Earlier> earlier) {
        List<Name> authors = document.metadata().authors().stream().map(Name::parse).toList();
        if (authors.isEmpty()) {
            return;
        }
        List<NamedBook> books = earlier.flatMap(before -> before.namedBooks(document)).orElseGet(() -> NamedBook.in(document));
        namedBooks.put(document.slug(), books);
        for (NamedBook book : books) {
            String title = Title.clean(Jsoup.parse(book.title()).text()).strip();
            if (title.isEmpty()) {
                continue;
            }
            Optional<String> publisher = Optional.ofNullable(book.publisher()).map(p -> Jsoup.parse(p).text().strip());
            Citation named = new Citation(CitationForm.BOOK, book.text(), authors, Optional.of(Title.of(title)), true,
                    Optional.empty(), publisher, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty());
            WorkDraft draft = findKnown(authors, title, known -> known.admits(named, true)).orElseGet(this::newDraft);
            draft.absorb(named);
            draft.sources.remove(WorkSource.FULL_NOTE);
            draft.sources.add(WorkSource.DOCUMENT_TEXT);
            index(draft);
            mentions.add(new DraftMention(draft, document.slug(), book.paragraph(), title));
        }
    }

    /**
     * Resolves the notes of {@code document}, given the citations the parser read in each: by
     * following the decisions of the build before where {@link Replay} says they hold, else by
     * looking each citation up. Either way each citation is absorbed into its draft, in order.
     */
    private void readNotes(Document document, List<List<Citation>> parsedNotes) {
        int count = 0;
        for (List<Citation> note : parsedNotes) {
            count += note.size();
        }
        int[] follow = replay == null ? null : replay.followable(document, parsedNotes);
        int[] decisions = new int[count];
        int k = 0;
        // Lists made at their size: this runs for every note of the library at every build.
        List<WorkDraft> citedHere = new ArrayList<>(count);
        List<Map.Entry<String, List<DraftCitation>>> resolved = new ArrayList<>(parsedNotes.size());
        // The notes' labels from the build before when it was built from this document: its text is not read for them.
        List<String> labels = earlier.flatMap(before -> before.labels(document))
                .orElseGet(() -> document.notes().stream().map(Note::label).toList());
        WorkDraft last = null;
        for (int n = 0; n < parsedNotes.size(); n++) {
            String label = labels.get(n);
            List<DraftCitation> citations = new ArrayList<>(parsedNotes.get(n).size());
            for (Citation parsed : parsedNotes.get(n)) {
                Citation citation;
                WorkDraft draft;
                boolean made;
                if (follow != null) {
                    citation = parsed; // the build before's, already made canonical
                    made = Decisions.isMade(follow[k]);
                    draft = replay.draft(follow[k], this::newDraft);
                    if (draft != null && !made && citation.form() == CitationForm.SHORT_TITLE) {
                        takeShortTitle(draft, citation);
                    }
                } else {
                    citation = canonical.of(parsed);
                    int before = drafts.size();
                    draft = resolve(citation, citedHere, last);
                    made = drafts.size() > before;
                }
                if (draft != null) {
                    if (citation.form() != CitationForm.IBID) {
                        draft.absorb(citation);
                        index(draft);
                    }
                    citedHere.add(draft);
                    last = draft;
                }
                decisions[k++] = draft == null ? Decisions.NONE : made ? Decisions.made(draft.serial) : draft.serial;
                citations.add(new DraftCitation(document.slug(), label, citation, draft));
            }
            resolved.add(Map.entry(label, citations));
        }
        notes.put(document.slug(), resolved);
        decided.put(document.slug(), decisions);
        if (replay != null && follow == null) {
            replay.lookedUp(document, decisions, resolved.stream()
                    .flatMap(note -> note.getValue().stream().map(DraftCitation::citation)).toList());
        }
    }

    /**
     * The work a citation points to, creating it when the library does not know it yet; null for a
     * lone Ibid. and for plain words that name no work the library knows.
     */
    private WorkDraft resolve(Citation citation, List<WorkDraft> citedHere, WorkDraft last) {
        switch (citation.form()) {
            case IBID:
                return last;
            case PLAIN_TITLE:
                // Words that are not known to be a title name a work only when a known work's title stands in them.
                return plainTitles.find(citation).orElse(null);
            case SHORT_AUTHOR_PAGE: {
                // "Byman, Deadly Connections, 12." reads as two names and a page; a title the library knows is not a name.
                if (citation.authors().size() > 1) {
                    Optional<WorkDraft> titled = plainTitles.find(citation);
                    if (titled.isPresent()) {
                        return titled.get();
                    }
                }
                for (int i = citedHere.size() - 1; i >= 0; i--) {
                    if (citedHere.get(i).sameAuthors(citation.authors())) {
                        return citedHere.get(i);
                    }
                }
                // An author-and-page form elsewhere in the library names no title, so another
                // untitled work by the same author is the only thing it may safely share.
                return untitledBy(citation.authors()).orElseGet(this::newDraft);
            }
            default: {
                String title = citation.title().orElseThrow().plain();
                // The document's own works first, then the library's. A short title looks for a work
                // whose title is set as it sets it (italics, quotes) before any of its title.
                // An edited book is cited by its editors, and found by them.
                List<Name> authors = citation.authors().isEmpty() ? citation.editors() : citation.authors();
                Predicate<WorkDraft> strict = draft -> draft.admits(citation, true);
                boolean loosens = citation.form() == CitationForm.SHORT_TITLE;
                Predicate<WorkDraft> loose = draft -> draft.admits(citation, false);
                Optional<WorkDraft> found = find(authors, title, citedHere, strict)
                        .or(() -> loosens ? find(authors, title, citedHere, loose) : Optional.empty())
                        .or(() -> findKnown(authors, title, strict))
                        .or(() -> loosens ? findKnown(authors, title, loose) : Optional.empty());
                if (found.isPresent() && citation.form() == CitationForm.SHORT_TITLE) {
                    takeShortTitle(found.get(), citation);
                }
                return found.orElseGet(this::newDraft);
            }
        }
    }

    /** A short title found its work: the work takes it as its short title, when it has none and it is not its title. */
    private void takeShortTitle(WorkDraft draft, Citation citation) {
        Title shortTitle = citation.title().orElseThrow();
        if (draft.shortTitle == null && draft.title != null
                && !Text.normalize(draft.title.plain()).equals(Text.normalize(shortTitle.plain()))) {
            draft.shortTitle = shortTitle;
            index(draft);
        }
    }

    private Bibliography freeze(Library library, References references) {
        // By serial: a draft's serial is its place in drafts.
        UniqueSlugs taken = new UniqueSlugs();
        List<Optional<Work>> frozen = new ArrayList<>(drafts.size()); // one Optional per work, not one per citation of it
        for (WorkDraft draft : drafts) {
            frozen.add(Optional.of(draft.freeze(taken.unique(workSlug(draft)))));
        }
        List<Work> works = frozen.stream().map(work -> SortKey.of(work.get())).sorted(SortKey.ORDER).map(SortKey::work).toList();

        Map<String, List<ResolvedNote>> resolvedNotes = new LinkedHashMap<>();
        for (Document document : library.documents()) {
            List<ResolvedNote> documentNotes = new ArrayList<>();
            for (Map.Entry<String, List<DraftCitation>> note : notes.get(document.slug())) {
                List<ResolvedCitation> resolved = new ArrayList<>(note.getValue().size());
                for (DraftCitation c : note.getValue()) {
                    resolved.add(new ResolvedCitation(c.citation(), c.draft() == null ? Optional.empty() : frozen.get(c.draft().serial)));
                }
                documentNotes.add(new ResolvedNote(document.slug(), note.getKey(), resolved));
            }
            resolvedNotes.put(document.slug(), documentNotes);
        }
        List<Mention> mentionList = mentions.stream()
                .map(m -> new Mention(frozen.get(m.draft().serial).get().slug(), m.documentSlug(), m.paragraph(), m.text()))
                .distinct().toList();
        List<Person> people = People.of(library, works);
        return new Bibliography(works, people, mentionList, resolvedNotes,
                sentenceCase(library, people), references, new Decisions(madeBeforeNotes, Map.copyOf(decided)),
                replay == null ? library.documents().size() : replay.lookedUp(), Map.copyOf(namedBooks));
    }

    /** The names APA's sentence case keeps: every organization and person the library lists, and every author. */
    private static SentenceCase sentenceCase(Library library, List<Person> people) {
        List<String> names = new ArrayList<>();
        library.entities().forEach(entity -> names.addAll(entity.names()));
        for (Person person : people) {
            names.add(person.name().display());
            names.add(person.name().surname());
            person.name().given().ifPresent(names::add);
        }
        return SentenceCase.keeping(names);
    }

    /**
     * What works are listed by: the family name of the first author (or an edited book's first
     * editor; works without one last), the year
     * (undated last), titled before untitled, the title, the slug; normalized once per work, not
     * once per comparison.
     */
    private record SortKey(String family, int year, boolean untitled, String title, Work work) {
        static final Comparator<SortKey> ORDER = Comparator.comparing(SortKey::family)
                .thenComparingInt(SortKey::year)
                .thenComparing(SortKey::untitled)
                .thenComparing(SortKey::title)
                .thenComparing(key -> key.work().slug());

        static SortKey of(Work w) {
            List<Name> names = w.authors().isEmpty() ? w.editors() : w.authors();
            return new SortKey(names.isEmpty() ? "\uffff" : Text.normalize(names.get(0).family()),
                    w.year().orElse(Integer.MAX_VALUE), w.title().isEmpty(),
                    Text.normalize(w.title().map(Title::plain).orElse("")), w);
        }
    }

    private String workSlug(WorkDraft draft) {
        // An edited book is named by its first editor, as it is listed.
        List<Name> names = draft.listedBy();
        String author = names.isEmpty() ? "anonymous"
                : authorSlugs.computeIfAbsent(names.get(0).surname(), surname -> Text.slug(surname, 3, "anonymous"));
        String title = draft.shortTitle != null ? draft.shortTitle.plain()
                : draft.title == null ? null : draft.title.plain().split(":", 2)[0];
        String words = title == null ? "untitled" : titleSlugs.computeIfAbsent(title, t -> Text.slug(t, 6, ""));
        return words.isEmpty() ? author : author + "-" + words;
    }
}
